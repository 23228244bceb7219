package org.bookshelf.adapter.persistence.mariadb;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's database as configured: the external MariaDB named by the settings, or else an
 * embedded one started here; either way behind a connection pool.
 *
 * <pre>{@code
 * try (BookshelfDatabase database = BookshelfDatabase.open(DatabaseSettings.fromEnvironment())) {
 *     DataSource dataSource = database.dataSource(); // hand it to MyBatisPersistenceConfiguration
 *     ...
 * }
 * }</pre>
 */
public final class BookshelfDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BookshelfDatabase.class);

    private final HikariDataSource dataSource;
    private final EmbeddedMariaDb embedded;

    private BookshelfDatabase(HikariDataSource dataSource, EmbeddedMariaDb embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    /**
     * Connects to the external database when {@link DatabaseSettings#isExternal()}, otherwise starts
     * the embedded one on {@link DatabaseSettings#dataDir()} (stopping it again if the pool fails).
     */
    public static BookshelfDatabase open(DatabaseSettings settings) {
        if (settings.isExternal()) {
            LOG.debug("Using the external MariaDB at {}", settings.redactedUrl());
            return new BookshelfDatabase(
                    PooledDataSources.create(settings.url(), settings.user(), settings.password()), null);
        }
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(settings.dataDir());
        try {
            return new BookshelfDatabase(
                    PooledDataSources.create(embedded.jdbcUrl(), embedded.user(), embedded.password()), embedded);
        } catch (RuntimeException | Error e) {
            embedded.stop();
            throw e;
        }
    }

    /** The pooled connections to the catalogue's database. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Publishes the pool's metrics on {@code registry} from now on: HikariCP's own {@code hikaricp.connections}
     * (total, {@code .active}, {@code .idle}, {@code .pending}, {@code .timeout}, ...) tagged
     * {@code pool=bookshelf}.
     *
     * @throws IllegalStateException when they are published already
     */
    public void publishPoolMetrics(MeterRegistry registry) {
        dataSource.setMetricRegistry(registry);
    }

    /** The embedded server, or empty when an external database is used. */
    public Optional<EmbeddedMariaDb> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** Closes the pool, then stops the embedded server if there is one. */
    @Override
    public void close() {
        try {
            dataSource.close();
        } finally {
            if (embedded != null) {
                embedded.stop();
            }
        }
    }
}
