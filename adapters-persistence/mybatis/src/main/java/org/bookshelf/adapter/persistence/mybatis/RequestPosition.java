package org.bookshelf.adapter.persistence.mybatis;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bookshelf.adapter.persistence.mariadb.ReadReplicas;
import org.bookshelf.application.port.out.ReadYourWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the GTID position the request on each thread must see ({@code Bookshelf-Position}); see
 * {@code docs/persistence.md}, <em>Replicas</em>. A unit of work that commits in a request reads the primary's
 * position on its own connection ({@link ReadReplicas#committedPositionQuery()}) and reports it; reads outside units of work ask
 * {@link #readAfter()} which position their replica must have applied.
 */
final class RequestPosition implements ReadYourWrites {

    /** A GTID as MariaDB writes it: {@code domain-server-sequence}. */
    private static final Pattern GTID = Pattern.compile("(\\d{1,10})-(\\d{1,10})-(\\d{1,20})");

    /** The most domains a position may name; MariaDB deployments use a handful. */
    private static final int MAX_DOMAINS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(RequestPosition.class);

    /** What a request must see, and whom to tell where its commits left the primary. */
    private static final class Scope {
        private String readAfter;
        private final Consumer<String> committedAt;

        Scope(String readAfter, Consumer<String> committedAt) {
            this.readAfter = readAfter;
            this.committedAt = committedAt;
        }
    }

    private final ThreadLocal<Scope> scope = new ThreadLocal<>();
    private final String committedPositionQuery;

    /** @param committedPositionQuery reads where a commit left the database, on its connection */
    RequestPosition(String committedPositionQuery) {
        this.committedPositionQuery = committedPositionQuery;
    }

    /**
     * Whether {@code value} is a GTID position as the primary reports one: {@code 0-1-42}, or one such GTID
     * per domain, comma-separated, each number in MariaDB's range (domain and server id 32 bits, sequence 64
     * bits, unsigned). Nothing else reaches {@code MASTER_GTID_WAIT}, whose refusal would count against the
     * replica.
     */
    @Override
    public boolean isPosition(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        String[] gtids = value.split(",", -1);
        Set<Long> domains = new HashSet<>();
        for (String gtid : gtids) {
            Matcher parts = GTID.matcher(gtid);
            if (gtids.length > MAX_DOMAINS
                    || !parts.matches()
                    || !fitsUnsigned(parts.group(1), 32)
                    || !fitsUnsigned(parts.group(2), 32)
                    || !fitsUnsigned(parts.group(3), 64)
                    || !domains.add(Long.parseLong(parts.group(1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsUnsigned(String digits, int bits) {
        return new BigInteger(digits).bitLength() <= bits;
    }

    @Override
    public void beginRequest(String readAfter, Consumer<String> committedAt) {
        if (readAfter != null && !isPosition(readAfter)) {
            throw new IllegalArgumentException("not a GTID position: " + readAfter);
        }
        scope.set(new Scope(readAfter, committedAt));
    }

    @Override
    public void endRequest() {
        scope.remove();
    }

    /** The position a read on this thread must see, or {@code null} for any. */
    String readAfter() {
        Scope request = scope.get();
        return request == null ? null : request.readAfter;
    }

    /**
     * A unit of work has just committed on {@code connection}, a connection to the primary that is still its
     * own: in a request that wants to know, reads where the primary stands now (one statement), reports it, and
     * makes the request's later reads see it. Never throws: the commit has happened.
     */
    void committed(Connection connection) {
        Scope request = scope.get();
        if (request == null || request.committedAt == null) {
            return;
        }
        try (Statement statement = connection.createStatement();
                ResultSet position = statement.executeQuery(committedPositionQuery)) {
            if (position.next() && isPosition(position.getString(1))) {
                request.readAfter = position.getString(1);
                request.committedAt.accept(request.readAfter);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not read the primary's position after a commit; the answer goes without it", e);
        }
    }
}
