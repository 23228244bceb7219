package org.bookshelf.adapter.persistence.mariadb;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Connection pools (HikariCP) for the catalogue's database: one in autocommit mode, one for transactions
 * (autocommit off), each of at most 10 connections.
 */
public final class PooledDataSources {

    private static final int MAXIMUM_POOL_SIZE = 10;
    private static final String POOL = "bookshelf";
    private static final String TRANSACTIONS_POOL = "bookshelf-transactions";
    private static final String CAUSAL_READS_POOL = "bookshelf-causal-reads";

    /**
     * How long a caller waits for a connection, from the pool when all are busy or from the database
     * when none is idle; then it fails. HikariCP's default is 30 s, which kept every request hanging
     * for 30 s while the database was down. 3 s is ample for a free connection or a new one from a
     * database that answers (connections are held for milliseconds), and close to the 2 s the
     * service's health probe waits, so a request fails about as fast as {@code /health} reports
     * the database gone.
     */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    /** How long checking an idle connection before handing it out may take; must be below the connection timeout. */
    static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);

    /**
     * How long a statement waits for a row lock before it fails with MariaDB's error 1205
     * ({@code innodb_lock_wait_timeout}, set for each connection's session). The server's default, 50 s,
     * kept a request, its thread and its connection waiting that long behind a transaction that holds
     * a lock; the catalogue's transactions hold their locks for milliseconds, so a wait of seconds
     * already means something is stuck. A unit of work retries such a timeout once at most.
     */
    static final Duration LOCK_WAIT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * How long one statement may run before MariaDB aborts it with error 1969, SQLSTATE {@code 70100}
     * ("Query execution was interrupted (max_statement_time exceeded)"; {@code max_statement_time}, set
     * for each connection's session). Aimed at reads: a pathological search must not hold every pooled
     * connection. 10 s lies far above any statement the catalogue sends (milliseconds), above the
     * {@linkplain #LOCK_WAIT_TIMEOUT lock wait} (so waiting for a lock still ends in the retried error
     * 1205) and below the {@linkplain #SOCKET_TIMEOUT socket timeout} (so the server gives up first and the
     * connection stays usable). Unlike MySQL's {@code max_execution_time}, MariaDB's limit binds writes and
     * DDL too; a statement that must run longer, such as a migration on a large table, says so itself:
     * {@code SET STATEMENT max_statement_time = 0 FOR ALTER TABLE ...}.
     */
    static final Duration STATEMENT_TIME_LIMIT = Duration.ofSeconds(10);

    /**
     * How long the driver waits for the database to answer on an open connection before it gives up
     * and closes the connection (Connector/J's {@code socketTimeout}). Without it a connection to a
     * database that stopped answering (a hung server, a network dropping packets) blocks its caller, a
     * request or the health probe, forever. Far above any statement's time here, the lock wait included.
     */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    /**
     * How long a read waits for a connection to a replica: a replica that cannot hand one out that fast is
     * passed over for the primary, which answers the read instead of making it wait the primary's 3 s.
     */
    static final Duration REPLICA_CONNECTION_TIMEOUT = Duration.ofMillis(500);

    /** How long checking an idle replica connection may take; below {@link #REPLICA_CONNECTION_TIMEOUT}. */
    static final Duration REPLICA_VALIDATION_TIMEOUT = Duration.ofMillis(250);

    private PooledDataSources() {}

    /**
     * A pool of connections to {@code jdbcUrl} in autocommit mode, each statement its own transaction: for
     * reads that are one statement, which then cost that statement alone, and for anything that manages
     * no transaction. Close it when done.
     *
     * <p>Each connection gets the {@linkplain #LOCK_WAIT_TIMEOUT lock wait timeout} and the
     * {@linkplain #STATEMENT_TIME_LIMIT statement time limit} when it is opened (after anything the URL's
     * {@code sessionVariables} set, so they always apply) and the
     * {@linkplain #SOCKET_TIMEOUT socket timeout} as a driver property, which a {@code socketTimeout}
     * written in the URL overrides. All three are added to the pool, never pasted into the URL, so they
     * apply the same to the embedded database and to any {@code BOOKSHELF_DB_URL}.
     *
     * @param password may be {@code null} for none
     */
    public static HikariDataSource create(String jdbcUrl, String user, String password) {
        return create(jdbcUrl, user, password, STATEMENT_TIME_LIMIT);
    }

    /**
     * A pool as {@link #create(String, String, String)} makes, but whose connections have autocommit off:
     * for transactions. A transaction then begins with its first statement and ends with its
     * {@code COMMIT} or {@code ROLLBACK}, with no {@code set autocommit} before and after, two commands
     * fewer for every transaction. Whoever takes a connection from it must end what it began: a
     * connection given back in the middle of a transaction is rolled back by the pool.
     */
    public static HikariDataSource createForTransactions(String jdbcUrl, String user, String password) {
        return new HikariDataSource(
                configuration(TRANSACTIONS_POOL, false, jdbcUrl, user, password, STATEMENT_TIME_LIMIT));
    }

    /**
     * A pool as {@link #create(String, String, String)} makes, for reads on a replica: it opens whether or not
     * the replica answers (a replica down at start is one to read from once it is back, not a reason to
     * fail), and a caller waits at most {@link #REPLICA_CONNECTION_TIMEOUT} for a connection, after which the
     * read runs on the primary instead.
     */
    static HikariDataSource createForReplica(String poolName, String jdbcUrl, String user, String password) {
        HikariConfig config = configuration(poolName, true, jdbcUrl, user, password, STATEMENT_TIME_LIMIT);
        config.setConnectionTimeout(REPLICA_CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(REPLICA_VALIDATION_TIMEOUT.toMillis());
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /**
     * A pool as {@link #create(String, String, String)} makes, for causal reads on a node of a Galera cluster:
     * each statement first waits until the node has applied every transaction the cluster committed before it
     * began ({@code wsrep_sync_wait = 1}), so that it sees a write acknowledged by any node.
     */
    static HikariDataSource createForCausalReads(String jdbcUrl, String user, String password) {
        HikariConfig config = configuration(CAUSAL_READS_POOL, true, jdbcUrl, user, password, STATEMENT_TIME_LIMIT);
        config.setConnectionInitSql(config.getConnectionInitSql() + ", SESSION wsrep_sync_wait = 1");
        return new HikariDataSource(config);
    }

    /** A pool as {@link #create(String, String, String)} makes, with another statement time limit. */
    static HikariDataSource create(String jdbcUrl, String user, String password, Duration statementTimeLimit) {
        return new HikariDataSource(configuration(POOL, true, jdbcUrl, user, password, statementTimeLimit));
    }

    private static HikariConfig configuration(
            String poolName,
            boolean autoCommit,
            String jdbcUrl,
            String user,
            String password,
            Duration statementTimeLimit) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(MAXIMUM_POOL_SIZE);
        config.setAutoCommit(autoCommit);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        config.setConnectionInitSql("SET SESSION innodb_lock_wait_timeout = " + LOCK_WAIT_TIMEOUT.toSeconds()
                + ", SESSION max_statement_time = " + seconds(statementTimeLimit));
        config.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT.toMillis()));
        // Imports send their rows with LOAD DATA LOCAL INFILE from memory (MyBatisBulkCatalogue).
        config.addDataSourceProperty("allowLocalInfile", "true");
        // A write that changes a book's search words replaces them with one DELETE and one INSERT sent together,
        // one round trip (MyBatisBookRepository); every statement binds its values as parameters.
        config.addDataSourceProperty("allowMultiQueries", "true");
        return config;
    }

    /** {@code duration} in seconds, to the millisecond: {@code 10}, {@code 0.25}. */
    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
