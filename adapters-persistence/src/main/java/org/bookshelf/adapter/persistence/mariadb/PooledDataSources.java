package org.bookshelf.adapter.persistence.mariadb;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Connection pools (HikariCP) for the catalogue's database. */
public final class PooledDataSources {

    private static final int MAXIMUM_POOL_SIZE = 10;

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
        return new HikariDataSource(config);
    }
}
