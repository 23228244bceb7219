package org.bookshelf.adapter.persistence;

import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mybatis.MyBatisPersistenceConfiguration;
import org.bookshelf.adapter.persistence.mybatis.TransactionDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The MyBatis adapter on {@link EmbeddedTestDatabase}, for Spring test contexts
 * ({@code @ContextConfiguration(classes = EmbeddedTestDatabaseConfiguration.class)}); provides the
 * {@code DrivenPorts} bean. Records the statements sent, for tests that count them
 * ({@link SqlStatementRecorder}).
 */
@Configuration(proxyBeanMethods = false)
@Import(MyBatisPersistenceConfiguration.class)
public class EmbeddedTestDatabaseConfiguration {

    /** The shared test database; a context closing must not close it (hence no destroy method). */
    @Bean(destroyMethod = "")
    DataSource embeddedTestDataSource() {
        return EmbeddedTestDatabase.dataSource();
    }

    @Bean
    TransactionDataSource embeddedTestTransactionDataSource() {
        return new TransactionDataSource(EmbeddedTestDatabase.transactionDataSource());
    }

    @Bean
    SqlStatementRecorder sqlStatementRecorder() {
        return new SqlStatementRecorder();
    }
}
