package org.bookshelf.server;

import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mariadb.BookshelfDatabase;
import org.bookshelf.adapter.persistence.mybatis.MyBatisPersistenceConfiguration;
import org.bookshelf.adapter.persistence.mybatis.TransactionDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@code BOOKSHELF_STORE=mariadb}, the default: the MyBatis adapter on the MariaDB the settings name,
 * embedded (data in {@code BOOKSHELF_DATA_DIR}) unless {@code BOOKSHELF_DB_URL} points elsewhere.
 * The database opens before the web server starts and closes after it has stopped.
 */
@Configuration(proxyBeanMethods = false)
@Import(MyBatisPersistenceConfiguration.class)
class MariaDbStoreConfiguration {

    @Bean(destroyMethod = "close")
    BookshelfDatabase bookshelfDatabase(BookshelfSettings settings) {
        return BookshelfDatabase.open(settings.database());
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
}
