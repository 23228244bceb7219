package org.bookshelf.server;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mariadb.BookshelfDatabase;
import org.bookshelf.adapter.persistence.mariadb.ReplicaRouting;
import org.bookshelf.adapter.persistence.mybatis.MyBatisPersistenceConfiguration;
import org.bookshelf.adapter.persistence.mariadb.ReadReplicas;
import org.bookshelf.adapter.persistence.mybatis.StatementTimer;
import org.bookshelf.adapter.persistence.mybatis.TransactionDataSource;
import org.bookshelf.adapter.web.ReadinessCheck;
import org.bookshelf.adapter.web.ReplicatedStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code BOOKSHELF_STORE=mariadb}, the default: the MyBatis adapter on the MariaDB the settings name,
 * embedded (data in {@code BOOKSHELF_DATA_DIR}) unless {@code BOOKSHELF_DB_URL} points elsewhere.
 * The database opens before the web server starts and closes after it has stopped. Its pools and each
 * MyBatis statement are measured on the service's registry; {@code /health/ready} also asks whether its
 * schema is migrated. With {@code BOOKSHELF_DB_REPLICA_URLS}, reads go to the replicas
 * ({@link ReplicaRouting}) and the web adapter sends and honours {@code Bookshelf-Position}.
 */
@Configuration(proxyBeanMethods = false)
@Import(MyBatisPersistenceConfiguration.class)
class MariaDbStoreConfiguration {

    @Bean(destroyMethod = "close")
    BookshelfDatabase bookshelfDatabase(BookshelfSettings settings, MeterRegistry meters) {
        BookshelfDatabase database = BookshelfDatabase.open(settings.database());
        database.publishPoolMetrics(meters);
        return database;
    }

    /** Closed with the {@link BookshelfDatabase} that owns it, not on its own. */
    @Bean(destroyMethod = "")
    DataSource dataSource(BookshelfDatabase database) {
        return database.dataSource();
    }

    /** The connections units of work run on; closed with the {@link BookshelfDatabase} that owns them. */
    @Bean
    TransactionDataSource transactionDataSource(BookshelfDatabase database) {
        return new TransactionDataSource(database.transactionDataSource());
    }

    /** The replicas reads go to; none (a null bean) without {@code BOOKSHELF_DB_REPLICA_URLS}. */
    @Bean(destroyMethod = "")
    ReadReplicas readReplicas(BookshelfDatabase database) {
        return database.replicas().orElse(null);
    }

    /** The replicas as the web adapter sees them; none (a null bean) without {@code BOOKSHELF_DB_REPLICA_URLS}. */
    @Bean
    ReplicatedStore replicatedStore(BookshelfDatabase database) {
        return database.replicas().map(ReplicatedMariaDb::new).orElse(null);
    }

    /** Installed by {@link MyBatisPersistenceConfiguration}, like any MyBatis interceptor bean. */
    @Bean
    StatementTimer statementTimer(MeterRegistry meters) {
        return new StatementTimer(meters);
    }

    @Bean
    ReadinessCheck schemaMigrated(DataSource dataSource) {
        return new SchemaMigratedCheck(dataSource);
    }
}
