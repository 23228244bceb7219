package org.bookshelf.adapter.persistence.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bookshelf.adapter.persistence.ReplicatedTestDatabases;
import org.bookshelf.adapter.persistence.ServerCommandRecorder;
import org.bookshelf.adapter.persistence.ServerCommandRecorder.Command;
import org.bookshelf.adapter.persistence.ServerCommandRecorder.Recorded;
import org.bookshelf.adapter.persistence.mariadb.ReplicaReadMetrics.Fallback;
import org.bookshelf.adapter.persistence.mariadb.ReplicaRouting.ReplicaState;
import org.bookshelf.adapter.persistence.mybatis.MariaDbStore;
import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.out.ReadYourWrites;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.domain.AuthorName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Reads on a real GTID replica of a real primary, through the MyBatis adapter opened as the service opens it
 * ({@link MariaDbStore} with {@code BOOKSHELF_DB_REPLICA_URLS}). Each server's own statement counters
 * ({@code SHOW GLOBAL STATUS}) and a relay recording the commands each receives show where reads and writes
 * go. The replica is killed by the last test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsTest {

    private static final int READS = 40;
    private static final Duration MAX_LAG = ReplicaSettings.DEFAULT_MAX_LAG;

    private static ReplicatedTestDatabases servers;
    private static ServerCommandRecorder primaryRelay;
    private static ServerCommandRecorder replicaRelay;
    private static MariaDbStore store;
    private static ReplicaRouting routing;
    private static ReadYourWrites positions;
    private static BookshelfUseCases useCases;

    @BeforeAll
    static void startPrimaryAndReplica() {
        servers = ReplicatedTestDatabases.start("replica-reads");
        primaryRelay = ServerCommandRecorder.inFrontOf(servers.primary().jdbcUrl());
        replicaRelay = ServerCommandRecorder.inFrontOf(servers.replicaUrl());
        store = MariaDbStore.open(
                new DatabaseSettings(
                        primaryRelay.relayUrl(),
                        servers.primary().user(),
                        servers.primary().password(),
                        null,
                        new ReplicaSettings(
                                List.of(replicaRelay.relayUrl()),
                                servers.replica().user(),
                                servers.replica().password(),
                                MAX_LAG)),
                new SimpleMeterRegistry());
        routing = store.replicas().orElseThrow();
        positions = store.readYourWrites().orElseThrow();
        useCases = new BookshelfUseCases(store.drivenPorts());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (store != null) {
            store.close();
        }
        if (replicaRelay != null) {
            replicaRelay.close();
        }
        if (primaryRelay != null) {
            primaryRelay.close();
        }
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    @Order(1)
    void reads_go_to_the_replica_and_writes_to_the_primary_by_each_servers_own_counters() {
        long primarySelects = servers.primaryStatus("Com_select");
        long replicaSelects = servers.replicaStatus("Com_select");
        long primaryInserts = servers.primaryStatus("Com_insert");

        AuthorView author = useCases.registerAuthor().registerAuthor(new AuthorName("Ursula K. Le Guin"));
        servers.awaitReplicaAt(servers.primaryPosition(), Duration.ofSeconds(10));
        for (int i = 0; i < READS; i++) {
            assertThat(useCases.getAuthor().getAuthor(author.id()).name()).isEqualTo(author.name());
        }

        assertThat(servers.primaryStatus("Com_insert") - primaryInserts)
                .as("the author's insert, on the primary")
                .isGreaterThanOrEqualTo(1);
        assertThat(servers.replicaStatus("Com_select") - replicaSelects)
                .as("reads on the replica")
                .isGreaterThanOrEqualTo(READS);
        assertThat(servers.primaryStatus("Com_select") - primarySelects)
                .as("reads on the primary")
                .isLessThan(READS / 4);
    }

    @Test
    @Order(2)
    void a_replica_read_costs_what_a_primary_read_does_and_a_position_one_statement_more() {
        AuthorView author = useCases.registerAuthor().registerAuthor(new AuthorName("Octavia E. Butler"));
        servers.awaitReplicaAt(servers.primaryPosition(), Duration.ofSeconds(10));
        useCases.getAuthor().getAuthor(author.id());

        Recorded<Recorded<AuthorView>> onBoth = withoutHousekeeping(primaryRelay.record(
                () -> recordOnReplica(() -> useCases.getAuthor().getAuthor(author.id()))));
        Recorded<AuthorView> plain = onBoth.result();
        assertThat(plain.describe()).startsWith("SELECT");
        assertThat(plain.count()).as(plain.describe()).isEqualTo(1);
        assertThat(onBoth.commands()).as("nothing on the primary").isEmpty();

        String position = servers.primaryPosition();
        Recorded<?> afterPosition = recordOnReplica(
                () -> inRequest(position, () -> useCases.getAuthor().getAuthor(author.id())));
        assertThat(afterPosition.describe()).startsWith("SELECT MASTER_GTID_WAIT('" + position + "'");
        assertThat(afterPosition.count()).as(afterPosition.describe()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void a_write_reports_the_primarys_position_after_its_commit_for_one_statement_more() {
        long before = sequence(servers.primaryPosition());
        List<String> reported = new ArrayList<>();
        Recorded<AuthorView> write = withoutHousekeeping(primaryRelay.record(() -> {
            positions.beginRequest(null, reported::add);
            try {
                return useCases.registerAuthor().registerAuthor(new AuthorName("N. K. Jemisin"));
            } finally {
                positions.endRequest();
            }
        }));

        assertThat(reported).hasSize(1);
        assertThat(sequence(reported.get(0)))
                .as("after the write's commit")
                .isGreaterThan(before)
                .isLessThanOrEqualTo(sequence(servers.primaryPosition()));
        servers.awaitReplicaAt(reported.get(0), Duration.ofSeconds(10));
        assertThat(useCases.getAuthor().getAuthor(write.result().id()))
                .as("on the replica, once it has applied it")
                .isEqualTo(write.result());
        // Each write as its unit of work's connection saw it: the pool may open another connection meanwhile.
        List<String> written = unitOfWork(write);
        assertThat(written.subList(written.size() - 2, written.size()))
                .as("on the connection that committed")
                .containsExactly("COMMIT", "SELECT @@gtid_binlog_pos");
        List<String> unobserved = unitOfWork(withoutHousekeeping(primaryRelay.record(() ->
                inRequest(null, null, () -> useCases.registerAuthor().registerAuthor(new AuthorName("Ted Chiang"))))));
        assertThat(unobserved).last().isEqualTo("COMMIT");
        assertThat(written)
                .as("with someone to report to, than without (%s)", unobserved)
                .hasSize(unobserved.size() + 1);
    }

    @Test
    @Order(4)
    void a_read_after_a_position_never_sees_older_data_through_a_lagging_replica() throws Exception {
        try (Connection replicaRoot = servers.rootConnectionToReplica();
                Statement statement = replicaRoot.createStatement()) {
            statement.execute("FLUSH TABLES WITH READ LOCK"); // the replica receives, but applies nothing
            List<String> positions = new ArrayList<>();
            AuthorView author = inRequest(
                    null,
                    positions::add,
                    () -> useCases.registerAuthor().registerAuthor(new AuthorName("Stanisław Lem")));
            long behind = fallbacks(Fallback.REPLICA_BEHIND);

            assertThat(routing.states()).allMatch(ReplicaState::healthy);
            assertThatThrownBy(() -> useCases.getAuthor().getAuthor(author.id()))
                    .as("the replica lags: without the position, a read may not see the write yet")
                    .isInstanceOf(AuthorNotFoundException.class);
            assertThat(inRequest(positions.get(0), () -> useCases.getAuthor().getAuthor(author.id())))
                    .as("with it, it does")
                    .isEqualTo(author);
            assertThat(fallbacks(Fallback.REPLICA_BEHIND)).isEqualTo(behind + 1);

            await(
                    "the replica, further behind than allowed, is taken out",
                    MAX_LAG.plusSeconds(3),
                    () -> !routing.states().get(0).healthy());
            assertThat(routing.states().get(0).lag()).isGreaterThan(MAX_LAG);
            statement.execute("UNLOCK TABLES");

            await(
                    "the replica, caught up, is back",
                    Duration.ofSeconds(5),
                    () -> routing.states().get(0).healthy());
            Recorded<?> read = recordOnReplica(
                    () -> inRequest(positions.get(0), () -> useCases.getAuthor().getAuthor(author.id())));
            assertThat(read.count())
                    .as("read on the replica, once it has applied the position")
                    .isEqualTo(2);
            assertThat(read.result()).isEqualTo(author);
        }
    }

    @Test
    @Order(5)
    void a_replica_that_stops_applying_is_taken_out_within_the_lag_bound_and_back_once_it_caught_up() {
        servers.onReplica("STOP SLAVE SQL_THREAD");
        long stopped = System.nanoTime();
        await(
                "the stopped replica is taken out",
                MAX_LAG,
                () -> !routing.states().get(0).healthy());
        System.out.printf(
                "replica taken out %d ms after it stopped applying%n", (System.nanoTime() - stopped) / 1_000_000);

        AuthorView author = useCases.registerAuthor().registerAuthor(new AuthorName("Iain M. Banks"));
        long noneHealthy = fallbacks(Fallback.NO_HEALTHY_REPLICA);
        assertThat(useCases.getAuthor().getAuthor(author.id()))
                .as("answered by the primary")
                .isEqualTo(author);
        assertThat(fallbacks(Fallback.NO_HEALTHY_REPLICA)).isEqualTo(noneHealthy + 1);

        servers.onReplica("START SLAVE SQL_THREAD");
        await(
                "the replica, caught up, is back",
                Duration.ofSeconds(5),
                () -> routing.states().get(0).healthy());
        Recorded<?> read = recordOnReplica(() -> useCases.getAuthor().getAuthor(author.id()));
        assertThat(read.count()).isEqualTo(1);
        assertThat(read.result()).isEqualTo(author);
    }

    @Test
    @Order(6)
    void a_killed_replica_costs_no_failed_read() throws Exception {
        AuthorView author = useCases.registerAuthor().registerAuthor(new AuthorName("Connie Willis"));
        servers.awaitReplicaAt(servers.primaryPosition(), Duration.ofSeconds(10));
        AtomicBoolean reading = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                done.add(readers.submit(() -> {
                    int reads = 0;
                    while (reading.get()) {
                        assertThat(useCases.getAuthor().getAuthor(author.id())).isEqualTo(author);
                        reads++;
                    }
                    return reads;
                }));
            }
            Thread.sleep(300);
            long replicaFailed = fallbacks(Fallback.REPLICA_FAILED);
            servers.killReplica();
            await(
                    "the killed replica is taken out",
                    Duration.ofSeconds(3),
                    () -> !routing.states().get(0).healthy());
            Thread.sleep(300);
            reading.set(false);
            int reads = 0;
            for (Future<Integer> each : done) {
                reads += each.get(10, TimeUnit.SECONDS);
            }
            System.out.printf(
                    "%d reads, %d of them run again on the primary after failing on the killed replica%n",
                    reads, fallbacks(Fallback.REPLICA_FAILED) - replicaFailed);
        } finally {
            reading.set(false);
            readers.shutdownNow();
        }
        assertThat(useCases.getAuthor().getAuthor(author.id())).isEqualTo(author);
    }

    /**
     * The commands the replica received while {@code action} ran, but for the health checks' and those that
     * open a connection (the pools may still be filling): what the reads cost.
     */
    private static <T> Recorded<T> recordOnReplica(Supplier<T> action) {
        return withoutHousekeeping(replicaRelay.record(action));
    }

    /** The commands sent on the connection that committed, the last {@code COMMIT} recorded. */
    private static List<String> unitOfWork(Recorded<?> recorded) {
        int connection = recorded.commands().stream()
                .filter(command -> command.text().equalsIgnoreCase("COMMIT"))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no COMMIT in " + recorded.describe()))
                .connection();
        return recorded.commands().stream()
                .filter(command -> command.connection() == connection)
                .map(command ->
                        command.text().toUpperCase(Locale.ROOT).startsWith("COMMIT") ? "COMMIT" : command.text())
                .toList();
    }

    private static <T> Recorded<T> withoutHousekeeping(Recorded<T> recorded) {
        List<Command> reads = recorded.commands().stream()
                .filter(command -> !command.isPing()
                        && !command.text().startsWith("SHOW REPLICA STATUS")
                        // the driver's session set-up on a connection the pool opens meanwhile
                        && !command.text().startsWith("set sql_mode=")
                        && !command.text().startsWith("set autocommit=")
                        && !command.text().startsWith("CREATE DATABASE IF NOT EXISTS")
                        && !command.text().startsWith("SET SESSION innodb_lock_wait_timeout")
                        && !command.text().startsWith("USE `"))
                .toList();
        return new Recorded<>(recorded.result(), reads);
    }

    private static <T> T inRequest(String readAfter, Supplier<T> work) {
        return inRequest(readAfter, position -> {}, work);
    }

    private static <T> T inRequest(String readAfter, Consumer<String> committedAt, Supplier<T> work) {
        positions.beginRequest(readAfter, committedAt);
        try {
            return work.get();
        } finally {
            positions.endRequest();
        }
    }

    /** The sequence number of a single-domain GTID position, {@code 0-1-42}: 42. */
    private static long sequence(String position) {
        return Long.parseLong(position.substring(position.lastIndexOf('-') + 1));
    }

    private static long fallbacks(Fallback reason) {
        return routing.fallbackCount(reason);
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        what + ": not within " + timeout.toMillis() + " ms; replicas: " + routing.states());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
