package org.bookshelf.server;

import io.micrometer.core.instrument.MeterRegistry;
import org.bookshelf.adapter.persistence.mariadb.GaleraNode;
import org.bookshelf.adapter.persistence.mybatis.MariaDbStore;
import org.bookshelf.adapter.web.ClusteredStore;
import org.bookshelf.adapter.web.ReadinessCheck;
import org.bookshelf.adapter.web.ReplicatedStore;
import org.bookshelf.application.port.out.ReadYourWrites;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code BOOKSHELF_STORE=mariadb}, the default: the {@link MariaDbStore} the settings name, embedded (data in
 * {@code BOOKSHELF_DATA_DIR}) unless {@code BOOKSHELF_DB_URL} points elsewhere. The store opens before the web
 * server starts and closes after it has stopped. Its pools and each MyBatis statement are measured on the
 * service's registry; {@code /health/ready} also asks whether its schema is migrated. With
 * {@code BOOKSHELF_DB_REPLICA_URLS}, reads go to the replicas, {@code /health/ready} reports them and the web
 * adapter sends and honours {@code Bookshelf-Position}. On a Galera node, {@code /health/ready} reports how the node
 * stands, and {@code Bookshelf-Position} asks for causal reads.
 */
@Configuration(proxyBeanMethods = false)
class MariaDbStoreConfiguration {

    @Bean(destroyMethod = "close")
    MariaDbStore mariaDbStore(BookshelfSettings settings, MeterRegistry meters) {
        return MariaDbStore.open(settings.database(), meters);
    }

    @Bean
    DrivenPorts drivenPorts(MariaDbStore store) {
        return store.drivenPorts();
    }

    /** Read-your-writes across the replicas; none (a null bean) without {@code BOOKSHELF_DB_REPLICA_URLS}. */
    @Bean
    ReadYourWrites readYourWrites(MariaDbStore store) {
        return store.readYourWrites().orElse(null);
    }

    /** The replicas as readiness reports them; none (a null bean) without {@code BOOKSHELF_DB_REPLICA_URLS}. */
    @Bean
    ReplicatedStore replicatedStore(MariaDbStore store) {
        return store.replicas().map(ReplicatedMariaDb::new).orElse(null);
    }

    /** The Galera node as readiness reports it; none (a null bean) when the store is on no cluster. */
    @Bean
    ClusteredStore clusteredStore(MariaDbStore store) {
        return store.galera()
                .<ClusteredStore>map(node -> () -> {
                    GaleraNode.State state = node.state();
                    return new ClusteredStore.NodeState(
                            state.clusterSize(), state.synced(), state.flowControlPausedNanos() / 1e9, state.problem());
                })
                .orElse(null);
    }

    @Bean
    ReadinessCheck schemaMigrated(MariaDbStore store) {
        return new SchemaMigratedCheck(store);
    }
}
