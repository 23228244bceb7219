package org.bookshelf.adapter.persistence.mybatis;

import java.util.Objects;
import javax.sql.DataSource;

/**
 * Connections of their own for the MyBatis adapter's transactions, apart from the {@link DataSource} bean,
 * to the same database: connections with autocommit off (see
 * {@code org.bookshelf.adapter.persistence.mariadb.PooledDataSources#createForTransactions}). A unit of
 * work then sends no transaction control but its {@code COMMIT} or {@code ROLLBACK}, and a read made
 * outside any unit of work, on the {@code DataSource} bean's connections in autocommit mode, sends its
 * statement alone. Optional: without it, transactions run on the {@code DataSource} bean and switch
 * autocommit off and on again around each, two commands more every time.
 */
public record TransactionDataSource(DataSource dataSource) {

    public TransactionDataSource {
        Objects.requireNonNull(dataSource, "dataSource");
    }
}
