package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.mariadb.PooledDataSources;
import org.bookshelf.application.exception.StoreUnavailableException;
import org.bookshelf.application.port.out.AuthorRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The unit of work on a real MariaDB that fails under it: a connection killed in the middle of the work or
 * just before the commit, a statement cut short by {@code max_statement_time}, a socket timeout, no free
 * connection in the pool. Each is a {@link StoreUnavailableException}, never a raw JDBC or transaction
 * failure (a broken connection also fails the rollback, which used to surface as "JDBC rollback failed"),
 * and nothing that was not committed is kept.
 */
class TransactionalUnitOfWorkStoreFailureTest {

    private final JdbcTemplate outside = new JdbcTemplate(EmbeddedTestDatabase.dataSource());
    private HikariDataSource pool;
    private AnnotationConfigApplicationContext adapter;

    @BeforeEach
    void emptyCatalogue() {
        EmbeddedTestDatabase.emptyAllTables();
    }

    @AfterEach
    void close() {
        if (adapter != null) {
            adapter.close();
        }
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void a_connection_lost_in_the_middle_of_the_work_is_store_unavailable_and_nothing_is_kept() {
        DrivenPorts ports = adapterOn(PooledDataSources.create(
                EmbeddedTestDatabase.jdbcUrl(), EmbeddedTestDatabase.user(), EmbeddedTestDatabase.password()));

        assertThatThrownBy(() -> ports.unitOfWork().run(() -> {
                    registerAuthor(ports.authors(), "Before the break");
                    killOwnConnection();
                    registerAuthor(ports.authors(), "After the break");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        StoreUnavailableException.class,
                        failure -> assertThat(failure.outcomeUnknown()).isFalse());

        assertThat(authorsStored()).isZero();
    }

    @Test
    void a_connection_lost_just_before_the_commit_is_store_unavailable_with_an_unknown_outcome() {
        DrivenPorts ports = adapterOn(PooledDataSources.create(
                EmbeddedTestDatabase.jdbcUrl(), EmbeddedTestDatabase.user(), EmbeddedTestDatabase.password()));

        assertThatThrownBy(() -> ports.unitOfWork().run(() -> {
                    registerAuthor(ports.authors(), "Never committed");
                    killOwnConnection();
                    return null;
                }))
                .isInstanceOfSatisfying(
                        StoreUnavailableException.class,
                        failure -> assertThat(failure.outcomeUnknown())
                                .as("outcome unknown")
                                .isTrue());

        assertThat(authorsStored())
                .as("here the commit never reached the server")
                .isZero();
    }

    @Test
    void a_statement_cut_short_by_max_statement_time_is_store_unavailable() {
        UnitOfWork unitOfWork = adapterOn(PooledDataSources.create(
                        EmbeddedTestDatabase.jdbcUrl(), EmbeddedTestDatabase.user(), EmbeddedTestDatabase.password()))
                .unitOfWork();

        assertThatThrownBy(() -> unitOfWork.run(() -> new JdbcTemplate(pool)
                        .queryForList("SET STATEMENT max_statement_time = 0.01 FOR"
                                + " SELECT COUNT(*) FROM seq_1_to_100000 a, seq_1_to_100000 b")))
                .isInstanceOfSatisfying(
                        StoreUnavailableException.class,
                        failure -> assertThat(failure).hasStackTraceContaining("max_statement_time"));
    }

    @Test
    void a_socket_timeout_is_store_unavailable() {
        UnitOfWork unitOfWork = adapterOn(PooledDataSources.create(
                        EmbeddedTestDatabase.jdbcUrl() + "&socketTimeout=300",
                        EmbeddedTestDatabase.user(),
                        EmbeddedTestDatabase.password()))
                .unitOfWork();

        assertThatThrownBy(() -> unitOfWork.run(() -> new JdbcTemplate(pool).queryForList("SELECT SLEEP(3)")))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void no_free_connection_within_the_pool_timeout_is_store_unavailable() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(EmbeddedTestDatabase.jdbcUrl());
        config.setUsername(EmbeddedTestDatabase.user());
        config.setPassword(EmbeddedTestDatabase.password());
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        UnitOfWork unitOfWork = adapterOn(new HikariDataSource(config)).unitOfWork();

        try (Connection theOnlyOne = pool.getConnection()) {
            assertThatThrownBy(() -> unitOfWork.run(() -> null)).isInstanceOf(StoreUnavailableException.class);
        }
    }

    /** The MyBatis adapter on {@code dataSource}, which the test closes. */
    private DrivenPorts adapterOn(HikariDataSource dataSource) {
        pool = dataSource;
        adapter = new AnnotationConfigApplicationContext();
        adapter.registerBean(DataSource.class, () -> dataSource);
        adapter.register(MyBatisPersistenceConfiguration.class);
        adapter.refresh();
        return adapter.getBean(DrivenPorts.class);
    }

    private static void registerAuthor(AuthorRepository authors, String name) {
        authors.save(Author.register(authors.nextId(), new AuthorName(name)));
    }

    /** Has the server kill the connection of the current transaction, as a crash or a network failure would. */
    private void killOwnConnection() {
        long own = new JdbcTemplate(pool).queryForObject("SELECT CONNECTION_ID()", Long.class);
        try (Connection other = EmbeddedTestDatabase.dataSource().getConnection();
                Statement kill = other.createStatement()) {
            kill.execute("KILL CONNECTION " + own);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int authorsStored() {
        return outside.queryForObject("SELECT COUNT(*) FROM authors", Integer.class);
    }
}
