package org.bookshelf.adapter.persistence.mybatis;

import javax.sql.DataSource;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The data source MyBatis runs on when transactions have connections of their own: outside a unit of work
 * it hands out connections in autocommit mode, so that a read sends its statement and nothing else;
 * inside one, MyBatis uses the unit of work's connection. Spring's transaction synchronization knows this
 * data source as the transactions' one (an {@link InfrastructureProxy} of it), which is how MyBatis finds
 * the connection the transaction manager bound to the thread.
 */
final class ReadsOutsideTransactions extends DelegatingDataSource implements InfrastructureProxy {

    private final DataSource transactions;

    /**
     * @param autocommit   the connections for statements outside any unit of work
     * @param transactions the data source of the transaction manager
     */
    ReadsOutsideTransactions(DataSource autocommit, DataSource transactions) {
        super(autocommit);
        this.transactions = transactions;
    }

    @Override
    public Object getWrappedObject() {
        return transactions;
    }
}
