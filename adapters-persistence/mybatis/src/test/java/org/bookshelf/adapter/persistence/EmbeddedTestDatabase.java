package org.bookshelf.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mariadb.EmbeddedMariaDb;
import org.bookshelf.adapter.persistence.mariadb.PooledDataSources;
import org.bookshelf.adapter.persistence.mybatis.BookshelfSchema;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One embedded MariaDB per test JVM, started on first use and stopped when the JVM exits, with the
 * catalogue's schema migrated: for tests of this module and of the modules that depend on its
 * test-jar.
 *
 * <p>The server keeps its data in {@code target/bookshelf-test-mariadb} of the module whose tests run
 * (the Maven {@code basedir}), so it is set up once per {@code mvn clean} and started in about a
 * second afterwards. It listens on a free port, so builds running side by side do not collide.
 *
 * <p>From another module, declare the test-jar dependency
 * ({@code <artifactId>adapters-persistence</artifactId><type>test-jar</type><scope>test</scope>}), then either
 * <ul>
 *   <li>without Spring: {@code new BookshelfUseCases(EmbeddedTestDatabase.drivenPorts())}, or</li>
 *   <li>in a Spring test context: {@code @ContextConfiguration(classes = EmbeddedTestDatabaseConfiguration.class)}
 *       and inject {@link DrivenPorts} (or {@link DataSource}),</li>
 * </ul>
 * and call {@link #emptyAllTables()} before each test or scenario, so that each starts from an empty
 * catalogue whose ids start at 1 again, like a new in-memory store.
 *
 * <pre>{@code
 * @Before
 * public void startFromAnEmptyCatalogue() {
 *     EmbeddedTestDatabase.emptyAllTables();
 *     useCases = new BookshelfUseCases(EmbeddedTestDatabase.drivenPorts());
 * }
 * }</pre>
 */
public final class EmbeddedTestDatabase {

    private static EmbeddedMariaDb server;
    private static HikariDataSource dataSource;
    private static HikariDataSource transactionDataSource;
    private static AnnotationConfigApplicationContext context;

    private EmbeddedTestDatabase() {}

    /**
     * The pooled connections to the test database, in autocommit mode (server started and schema migrated
     * on first call). Never close it.
     */
    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            server = EmbeddedMariaDb.start(
                    EmbeddedMariaDb.Options.in(dataDirectory()).withServerArgs("--innodb-flush-log-at-trx-commit=2"));
            try {
                dataSource = PooledDataSources.create(server.jdbcUrl(), server.user(), server.password());
                transactionDataSource =
                        PooledDataSources.createForTransactions(server.jdbcUrl(), server.user(), server.password());
                BookshelfSchema.migrate(dataSource);
            } catch (RuntimeException | Error e) {
                stop();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedTestDatabase::stop, "embedded-test-database-stop"));
        }
        return dataSource;
    }

    /** The pooled connections to the test database for transactions: autocommit off. Never close it. */
    public static synchronized DataSource transactionDataSource() {
        dataSource();
        return transactionDataSource;
    }

    /**
     * The MyBatis adapter's driven ports on the test database, from one Spring context per JVM
     * ({@link EmbeddedTestDatabaseConfiguration}).
     */
    public static synchronized DrivenPorts drivenPorts() {
        return context().getBean(DrivenPorts.class);
    }

    /** The use cases on {@link #drivenPorts()}. */
    public static BookshelfUseCases useCases() {
        return new BookshelfUseCases(drivenPorts());
    }

    /** The Spring context behind {@link #drivenPorts()}, for tests that need one of its other beans. */
    public static synchronized AnnotationConfigApplicationContext context() {
        if (context == null) {
            context = new AnnotationConfigApplicationContext(EmbeddedTestDatabaseConfiguration.class);
        }
        return context;
    }

    /** Deletes every book, author, credit, idempotency key and import, and restarts the id sequences at 1. */
    public static void emptyAllTables() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource());
        jdbc.update("DELETE FROM idempotency_keys");
        jdbc.update("DELETE FROM import_jobs");
        jdbc.update("DELETE FROM book_author");
        jdbc.update("DELETE FROM books");
        jdbc.update("DELETE FROM authors");
        jdbc.execute("ALTER SEQUENCE book_id_seq RESTART");
        jdbc.execute("ALTER SEQUENCE author_id_seq RESTART");
        jdbc.execute("ALTER SEQUENCE import_job_id_seq RESTART");
    }

    /** The JDBC URL of the test database (the server is started if need be). */
    public static synchronized String jdbcUrl() {
        dataSource();
        return server.jdbcUrl();
    }

    /** The user the pool connects as: the application user, with rights on the catalogue's database only. */
    public static synchronized String user() {
        dataSource();
        return server.user();
    }

    /** The password of {@link #user()}. */
    public static synchronized String password() {
        dataSource();
        return server.password();
    }

    private static Path dataDirectory() {
        String moduleDirectory = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(moduleDirectory, "target", "bookshelf-test-mariadb");
    }

    private static synchronized void stop() {
        try {
            if (context != null) {
                context.close();
            }
            if (transactionDataSource != null) {
                transactionDataSource.close();
            }
            if (dataSource != null) {
                dataSource.close();
            }
        } finally {
            context = null;
            transactionDataSource = null;
            dataSource = null;
            if (server != null) {
                server.stop();
                server = null;
            }
        }
    }
}
