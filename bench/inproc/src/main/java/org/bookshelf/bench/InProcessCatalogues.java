package org.bookshelf.bench;

import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mariadb.BookshelfDatabase;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mybatis.MyBatisPersistenceConfiguration;
import org.bookshelf.adapter.persistence.mybatis.TransactionDataSource;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * What the in-process benchmarks compare, on the database {@code BOOKSHELF_DB_URL} names: Bookshelf's use cases
 * on the MyBatis adapter, with its pools as the service opens them, and {@link RawJdbcCatalogue} on the same
 * autocommit pool.
 */
final class InProcessCatalogues implements AutoCloseable {

    private final BookshelfDatabase database;
    private final AnnotationConfigApplicationContext context;
    private final BookshelfUseCases bookshelf;
    private final RawJdbcCatalogue raw;

    private InProcessCatalogues(BookshelfDatabase database, AnnotationConfigApplicationContext context) {
        this.database = database;
        this.context = context;
        this.bookshelf = new BookshelfUseCases(context.getBean(DrivenPorts.class));
        this.raw = new RawJdbcCatalogue(database.dataSource());
    }

    static InProcessCatalogues open() {
        BookshelfDatabase database = BookshelfDatabase.open(DatabaseSettings.fromEnvironment());
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, database::dataSource);
        context.registerBean(TransactionDataSource.class,
                () -> new TransactionDataSource(database.transactionDataSource()));
        context.register(MyBatisPersistenceConfiguration.class);
        context.refresh();
        return new InProcessCatalogues(database, context);
    }

    BookshelfUseCases bookshelf() {
        return bookshelf;
    }

    RawJdbcCatalogue raw() {
        return raw;
    }

    @Override
    public void close() {
        context.close();
        database.close();
    }
}
