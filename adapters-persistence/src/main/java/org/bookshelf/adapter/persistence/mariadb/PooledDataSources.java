package org.bookshelf.adapter.persistence.mariadb;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/** Connection pools (HikariCP) for the catalogue's database. */
public final class PooledDataSources {

    private static final int MAXIMUM_POOL_SIZE = 10;

    /**
     * How long a caller waits for a connection, from the pool when all are busy or from the database
     * when none is idle; then it fails. HikariCP's default is 30 s, which kept every request hanging
     * for 30 s while the database was down. 3 s is ample for a free connection or a new one from a
     * database that answers (connections are held for milliseconds), and close to the 2 s the
     * service's health probe waits, so a request fails about as fast as {@code /health} reports
     * the database gone.
     */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    /** How long checking an idle connection before handing it out may take; must be below the connection timeout. */
    static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);

    private PooledDataSources() {
    }

    /**
     * A pool of connections to {@code jdbcUrl}. Close it when done.
     *
     * @param password may be {@code null} for none
     */
    public static HikariDataSource create(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bookshelf");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(MAXIMUM_POOL_SIZE);
        config.setAutoCommit(true);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        return new HikariDataSource(config);
    }
}
