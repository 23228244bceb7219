package org.bookshelf.adapter.persistence.mariadb;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's database as configured: the external MariaDB named by the settings, or else an
 * embedded one started here; either way behind two connection pools, one in autocommit mode and one for
 * transactions (see {@link PooledDataSources}); and the external database's replicas, when the settings name
 * any ({@link ReplicaRouting}), or the state of the Galera node it is, when it is one ({@link GaleraNode}).
 *
 * <pre>{@code
 * try (BookshelfDatabase database = BookshelfDatabase.open(DatabaseSettings.fromEnvironment())) {
 *     DataSource dataSource = database.dataSource(); // hand both to MyBatisPersistenceConfiguration
 *     DataSource forTransactions = database.transactionDataSource();
 *     ...
 * }
 * }</pre>
 */
public final class BookshelfDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BookshelfDatabase.class);

    private final HikariDataSource dataSource;
    private final HikariDataSource transactionDataSource;
    private final EmbeddedMariaDb embedded;
    private final ReplicaRouting replicas;
    private final GaleraNode galera;
    private final DataSource servedDataSource;
    private final DataSource servedTransactionDataSource;

    private BookshelfDatabase(
            String jdbcUrl, String user, String password, EmbeddedMariaDb embedded, ReplicaSettings replicaSettings) {
        this.dataSource = PooledDataSources.create(jdbcUrl, user, password);
        try {
            this.transactionDataSource = PooledDataSources.createForTransactions(jdbcUrl, user, password);
        } catch (RuntimeException | Error e) {
            dataSource.close();
            throw e;
        }
        try {
            this.galera =
                    embedded == null && isGaleraNode(dataSource) ? GaleraNode.start(jdbcUrl, user, password) : null;
            if (galera != null && replicaSettings.any()) {
                galera.close();
                throw new IllegalArgumentException(DatabaseSettings.URL + " names a node of a Galera cluster: "
                        + ReplicaSettings.URLS + " must not be set, every node is written and read alike");
            }
            this.replicas = replicaSettings.any() ? ReplicaRouting.open(replicaSettings, user, password) : null;
        } catch (RuntimeException | Error e) {
            try (HikariDataSource transactions = transactionDataSource) {
                dataSource.close();
            }
            throw e;
        }
        this.embedded = embedded;
        this.servedDataSource = galera == null ? dataSource : galera.servingOnly(dataSource);
        this.servedTransactionDataSource =
                galera == null ? transactionDataSource : galera.servingOnly(transactionDataSource);
    }

    /**
     * Connects to the external database when {@link DatabaseSettings#isExternal()}, otherwise starts
     * the embedded one on {@link DatabaseSettings#dataDir()} (stopping it again if a pool fails).
     */
    public static BookshelfDatabase open(DatabaseSettings settings) {
        if (settings.isExternal()) {
            LOG.debug("Using the external MariaDB at {}", settings.redactedUrl());
            return new BookshelfDatabase(
                    settings.url(), settings.user(), settings.password(), null, settings.replicas());
        }
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(settings.dataDir());
        try {
            return new BookshelfDatabase(
                    embedded.jdbcUrl(), embedded.user(), embedded.password(), embedded, ReplicaSettings.NONE);
        } catch (RuntimeException | Error e) {
            embedded.stop();
            throw e;
        }
    }

    private static boolean isGaleraNode(DataSource dataSource) {
        try {
            return GaleraNode.isGaleraNode(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("the database does not answer: " + e.getMessage(), e);
        }
    }

    /**
     * The pooled connections to the catalogue's database, in autocommit mode; on a Galera node, none while it does
     * not serve ({@link GaleraNode#servingOnly}).
     */
    public DataSource dataSource() {
        return servedDataSource;
    }

    /** The pooled connections to the catalogue's database for transactions: autocommit off; as {@link #dataSource}. */
    public DataSource transactionDataSource() {
        return servedTransactionDataSource;
    }

    /**
     * Publishes both pools' metrics on {@code registry} from now on: HikariCP's own
     * {@code hikaricp.connections} (total, {@code .active}, {@code .idle}, {@code .pending}, {@code .timeout},
     * ...) tagged {@code pool=bookshelf} for the autocommit pool and {@code pool=bookshelf-transactions} for
     * the transaction pool; and the replicas' metrics ({@link ReplicaRouting#publishMetrics}) when there are any.
     *
     * @throws IllegalStateException when they are published already
     */
    public void publishPoolMetrics(MeterRegistry registry) {
        dataSource.setMetricRegistry(registry);
        transactionDataSource.setMetricRegistry(registry);
        if (replicas != null) {
            replicas.publishMetrics(registry);
        }
        if (galera != null) {
            galera.publishMetrics(registry);
        }
    }

    /** The replicas reads may run on, or empty when there are none. */
    public Optional<ReplicaRouting> replicas() {
        return Optional.ofNullable(replicas);
    }

    /** The Galera node the database is, or empty when it is none. */
    public Optional<GaleraNode> galera() {
        return Optional.ofNullable(galera);
    }

    /** The embedded server, or empty when an external database is used. */
    public Optional<EmbeddedMariaDb> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** Closes the pools (the replicas' or the Galera node's first), then stops the embedded server if there is one. */
    @Override
    public void close() {
        try (HikariDataSource transactions = transactionDataSource) {
            if (replicas != null) {
                replicas.close();
            }
            if (galera != null) {
                galera.close();
            }
            dataSource.close();
        } finally {
            if (embedded != null) {
                embedded.stop();
            }
        }
    }
}
