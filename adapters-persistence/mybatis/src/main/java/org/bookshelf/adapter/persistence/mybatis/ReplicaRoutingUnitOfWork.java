package org.bookshelf.adapter.persistence.mybatis;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mariadb.ReadReplicas;
import org.bookshelf.application.port.out.UnitOfWork;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Units of work, with {@link ReadReplicas}: a read outside any unit of work runs where
 * {@link ReplicaOrPrimary} sends it (a replica, or the primary); a unit of work runs on the primary, as it
 * would without replicas, and once it has committed, tells the request where the primary stands
 * ({@link RequestPosition#committed}), on its own connection before giving it back.
 */
record ReplicaRoutingUnitOfWork(UnitOfWork primary, DataSource transactions, ReplicaOrPrimary reads)
        implements UnitOfWork {

    /**
     * @param primary      the units of work on the primary
     * @param transactions the data source of their transactions
     * @param reads        the connections of reads made outside them
     */
    @Override
    public <T> T run(Supplier<T> work) {
        if (isInUnitOfWork()) {
            return primary.run(work);
        }
        return primary.run(() -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    ConnectionHolder holder =
                            (ConnectionHolder) TransactionSynchronizationManager.getResource(transactions);
                    reads.position().committed(holder.getConnection());
                }
            });
            return work.get();
        });
    }

    @Override
    public <T> T read(Supplier<T> work) {
        if (isInUnitOfWork()) {
            return primary.read(work);
        }
        return primary.read(() -> reads.read(work));
    }

    private boolean isInUnitOfWork() {
        return TransactionSynchronizationManager.hasResource(transactions);
    }
}
