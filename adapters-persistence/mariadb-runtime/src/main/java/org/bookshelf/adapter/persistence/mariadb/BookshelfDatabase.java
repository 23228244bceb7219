package org.bookshelf.adapter.persistence.mariadb;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's database as configured: the external MariaDB named by the settings, or else an
 * embedded one started here; either way behind two connection pools, one in autocommit mode and one for
 * transactions (see {@link PooledDataSources}); and the external database's replicas, when the settings name
 * any ({@link ReplicaRouting}).
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
            this.replicas = replicaSettings.any() ? ReplicaRouting.open(replicaSettings, user, password) : null;
        } catch (RuntimeException | Error e) {
            try (HikariDataSource transactions = transactionDataSource) {
                dataSource.close();
            }
            throw e;
        }
        this.embedded = embedded;
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

    /** The pooled connections to the catalogue's database, in autocommit mode. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The pooled connections to the catalogue's database for transactions: autocommit off. */
    public DataSource transactionDataSource() {
        return transactionDataSource;
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
    }

    /** The replicas reads may run on, or empty when there are none. */
    public Optional<ReplicaRouting> replicas() {
        return Optional.ofNullable(replicas);
    }

    /** The embedded server, or empty when an external database is used. */
    public Optional<EmbeddedMariaDb> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** Closes the pools (the replicas' first), then stops the embedded server if there is one. */
    @Override
    public void close() {
        try (HikariDataSource transactions = transactionDataSource) {
            if (replicas != null) {
                replicas.close();
            }
            dataSource.close();
        } finally {
            if (embedded != null) {
                embedded.stop();
            }
        }
    }
}
