package org.bookshelf.adapter.persistence.mybatis;

import javax.sql.DataSource;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.LocalCacheScope;
import org.bookshelf.adapter.persistence.mariadb.ReadReplicas;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.mybatis.spring.SqlSessionFactoryBean;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.SQLErrorCodesFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The MyBatis adapter on MariaDB: every driven port, as one {@link DrivenPorts} bean.
 *
 * <p>Needs one {@link DataSource} bean, connections in autocommit mode, and takes a
 * {@link TransactionDataSource} bean when there is one, connections with autocommit off for the units of
 * work (see {@code org.bookshelf.adapter.persistence.mariadb.BookshelfDatabase}, which opens both), and a
 * {@link ReadReplicas} bean when there is one, replicas of that database for the reads made outside units of
 * work.
 * {@link MariaDbStore} opens the database and wires this configuration so; tests wire it on their own pools.
 * The schema must be migrated before ({@link BookshelfSchema#migrate}, which {@link MariaDbStore} runs or waits
 * for). Any MyBatis {@link Interceptor} beans in the context are installed as plugins.
 *
 * <pre>{@code
 * var context = new AnnotationConfigApplicationContext();
 * context.registerBean(DataSource.class, database::dataSource);
 * context.registerBean(TransactionDataSource.class, () -> new TransactionDataSource(database.transactionDataSource()));
 * context.register(MyBatisPersistenceConfiguration.class);
 * context.refresh();
 * var useCases = new BookshelfUseCases(context.getBean(DrivenPorts.class));
 * }</pre>
 */
@Configuration(proxyBeanMethods = false)
@MapperScan(
        basePackageClasses = MyBatisPersistenceConfiguration.class,
        annotationClass = Mapper.class,
        sqlSessionFactoryRef = "bookshelfSqlSessionFactory")
public class MyBatisPersistenceConfiguration {

    /**
     * The session factory of every mapper. Statements run on the unit of work's connection inside one, and outside on a replica or on
     * {@code dataSource}.
     */
    @Bean
    SqlSessionFactoryBean bookshelfSqlSessionFactory(
            DataSource dataSource,
            JdbcTransactionManager bookshelfTransactionManager,
            ReplicaOrPrimary bookshelfReadRouting,
            ObjectProvider<Interceptor> plugins) {
        org.apache.ibatis.session.Configuration configuration = new org.apache.ibatis.session.Configuration();
        // Every statement goes to the database: a locking read must never be answered from a cache.
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.setCacheEnabled(false);
        configuration.setObjectFactory(new RowConstructors());
        // Every result map names its columns as constructor arguments: nothing is left to map by name, and
        // looking for it would cost a scan of the columns per query.
        configuration.setAutoMappingBehavior(AutoMappingBehavior.NONE);
        SqlSessionFactoryBean factory = new SqlSessionFactoryBean();
        DataSource transactions = bookshelfTransactionManager.getDataSource();
        DataSource reads = bookshelfReadRouting.hasReplicas() ? bookshelfReadRouting.connections() : dataSource;
        DataSource statements = transactions == reads ? reads : new ReadsOutsideTransactions(reads, transactions);
        if (bookshelfReadRouting.hasReplicas()) {
            // Spring learns which database it translates the errors of from the first connection it gets; one
            // got while a replica is down would leave it none for good.
            SQLErrorCodesFactory.getInstance().registerDatabase(statements, "MariaDB");
        }
        factory.setDataSource(statements);
        factory.setConfiguration(configuration);
        factory.setPlugins(plugins.orderedStream().toArray(Interceptor[]::new));
        return factory;
    }

    /** Transactions on the {@link TransactionDataSource} when there is one, else on {@code dataSource}. */
    @Bean
    JdbcTransactionManager bookshelfTransactionManager(
            DataSource dataSource, ObjectProvider<TransactionDataSource> transactionDataSource) {
        TransactionDataSource own = transactionDataSource.getIfAvailable();
        return new JdbcTransactionManager(own == null ? dataSource : own.dataSource());
    }

    /** Where reads made outside units of work run: on a replica when there are {@link ReadReplicas}, else on {@code dataSource}. */
    @Bean
    ReplicaOrPrimary bookshelfReadRouting(DataSource dataSource, ObjectProvider<ReadReplicas> replicas) {
        return new ReplicaOrPrimary(dataSource, replicas.getIfAvailable());
    }

    @Bean
    DrivenPorts bookshelfDrivenPorts(
            JdbcTransactionManager bookshelfTransactionManager,
            ReplicaOrPrimary bookshelfReadRouting,
            BookMapper books,
            AuthorMapper authors,
            IdempotencyRecordMapper idempotencyRecords,
            CatalogueMapper catalogue,
            BulkCatalogueMapper bulk,
            ImportJobMapper importJobs,
            CatalogueSnapshotMapper snapshots,
            SearchWordMapper searchWords) {
        DataSource transactions = bookshelfTransactionManager.getDataSource();
        UnitOfWork onPrimary =
                new TransactionalUnitOfWork(new TransactionTemplate(bookshelfTransactionManager), transactions);
        UnitOfWork unitOfWork = bookshelfReadRouting.hasReplicas()
                ? new ReplicaRoutingUnitOfWork(onPrimary, transactions, bookshelfReadRouting)
                : onPrimary;
        LocalInfile localInfile = new LocalInfile(transactions);
        MyBatisBulkCatalogue bulkCatalogue = new MyBatisBulkCatalogue(unitOfWork, bulk, authors, localInfile);
        return new DrivenPorts(
                unitOfWork,
                new MyBatisBookRepository(unitOfWork, books, authors, searchWords),
                new MyBatisAuthorRepository(unitOfWork, authors, books, searchWords),
                new MyBatisCatalogueReads(
                        books, authors, catalogue, searchWords, WordSearch.WalkBudget.ROWS_PER_REQUEST),
                new MyBatisIdempotencyRecords(unitOfWork, idempotencyRecords),
                bulkCatalogue,
                new MyBatisImportJobs(unitOfWork, importJobs),
                new MyBatisCatalogueSnapshots(
                        bookshelfTransactionManager, snapshots, authors, localInfile, transactions));
    }
}
