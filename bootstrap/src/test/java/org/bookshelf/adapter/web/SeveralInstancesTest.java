package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.bookshelf.adapter.persistence.ReplicatedTestDatabases;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mariadb.ReplicaSettings;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.server.BookshelfServer;
import org.bookshelf.server.BookshelfSettings;
import org.bookshelf.server.BookshelfSettings.Store;
import org.bookshelf.server.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the service, as deployed behind a load balancer: one primary MariaDB, one GTID replica
 * (real servers, {@link ReplicatedTestDatabases}), one shared tokens file, each instance reading from the
 * replica ({@code BOOKSHELF_DB_REPLICA_URLS}).
 */
class SeveralInstancesTest {

    private static final String POSITION = PositionHeaderInterceptor.NAME;
    private static final int CREDITS_PER_INSTANCE = 16;

    private static ReplicatedTestDatabases servers;
    private static TestTokens tokens;
    private static BookshelfServer first;
    private static BookshelfServer second;
    private static ApiClient onFirst;
    private static ApiClient onSecond;

    @BeforeAll
    static void startTwoInstancesOnAPrimaryAndAReplica() {
        servers = ReplicatedTestDatabases.start("several-instances");
        tokens = TestTokens.create();
        DatabaseSettings database = new DatabaseSettings(
                servers.primary().jdbcUrl(),
                servers.primary().user(),
                servers.primary().password(),
                null,
                new ReplicaSettings(
                        List.of(servers.replicaUrl()),
                        servers.replica().user(),
                        servers.replica().password(),
                        ReplicaSettings.DEFAULT_MAX_LAG));
        BookshelfSettings settings = tokens.applyTo(BookshelfSettings.defaults()
                .withStore(Store.MARIADB)
                .withPort(0)
                .withDatabase(database));
        first = BookshelfServer.start(settings);
        second = BookshelfServer.start(settings);
        onFirst = new ApiClient(first.uri()).withAuthorization(tokens.bearer(Role.EDITOR));
        onSecond = new ApiClient(second.uri()).withAuthorization(tokens.bearer(Role.EDITOR));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try (AutoCloseable databases = servers;
                AutoCloseable one = first;
                AutoCloseable other = second) {
            // closed in reverse order: the instances, then the databases
        }
    }

    @Test
    void each_instance_sees_the_others_write_with_its_position_even_through_a_lagging_replica() throws Exception {
        try (Connection replicaRoot = servers.rootConnectionToReplica();
                Statement statement = replicaRoot.createStatement()) {
            statement.execute("FLUSH TABLES WITH READ LOCK"); // the replica receives, but applies nothing
            ApiResponse registered = onFirst.post("/api/authors", "{\"name\":\"Ursula K. Le Guin\"}");
            assertThat(registered.status()).isEqualTo(201);
            String position =
                    registered.header(POSITION).orElseThrow(() -> new AssertionError("no position: " + registered));
            String author = "/api/authors/" + registered.id();

            assertThat(onSecond.get(author).status())
                    .as("the replica lags: without the position, not yet")
                    .isEqualTo(404);
            ApiResponse read = onSecond.get(author, POSITION, position);
            assertThat(read.status()).as("with it, at once").isEqualTo(200);
            assertThat(read.json().get("name").asString()).isEqualTo("Ursula K. Le Guin");
            assertThat(read.header(POSITION)).as("a read moves nothing on").isEmpty();
        }
    }

    @Test
    void two_instances_lose_no_concurrent_write() throws Exception {
        long book =
                onFirst.post("/api/books", "{\"title\":\"The Dispossessed\"}").id();
        List<Long> authors = IntStream.range(0, 2 * CREDITS_PER_INSTANCE)
                .mapToObj(i -> onSecond.post("/api/authors", "{\"name\":\"Author " + i + "\"}")
                        .id())
                .toList();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<ApiResponse>> credits = new ArrayList<>();
        try {
            for (int i = 0; i < authors.size(); i++) {
                ApiClient instance = i % 2 == 0 ? onFirst : onSecond;
                String path = "/api/books/" + book + "/authors/" + authors.get(i);
                credits.add(clients.submit(() -> instance.put(path, null)));
            }
            List<String> positions = new ArrayList<>();
            for (Future<ApiResponse> credit : credits) {
                ApiResponse answer = credit.get();
                assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                positions.add(answer.header(POSITION).orElseThrow());
            }
            String latest = positions.stream()
                    .max(Comparator.comparingLong(SeveralInstancesTest::sequence))
                    .orElseThrow();

            for (ApiClient instance : List.of(onFirst, onSecond)) {
                JsonNode read =
                        instance.get("/api/books/" + book, POSITION, latest).json();
                assertThat(read.get("version").asLong()).isEqualTo(1 + authors.size());
                List<Long> credited = new ArrayList<>();
                read.get("authors")
                        .forEach(credit -> credited.add(credit.get("id").asLong()));
                assertThat(credited).containsExactlyInAnyOrderElementsOf(authors);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void a_malformed_position_is_refused_and_changes_nothing() {
        for (String malformed :
                List.of("latest", "0-1", "0-1-2;DROP", "-1-1-1", "0-1-2,", "0-1-18446744073709551616", "0-1-5,0-2-6")) {
            ApiResponse refused = onSecond.get("/api/books", POSITION, malformed);
            assertThat(refused.status()).as(malformed).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).contains(POSITION);
        }
        ApiResponse twice = onSecond.get("/api/books", POSITION, "0-1-1", POSITION, "0-1-2");
        assertThat(twice.status()).isEqualTo(400);
    }

    @Test
    void readiness_reports_the_replica_and_stays_up_without_it_and_metrics_count_reads_by_target() throws Exception {
        ApiResponse ready = new ApiClient(first.uri()).get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        JsonNode replica = ready.json().get("replicas").get(0);
        assertThat(replica.get("name").asString())
                .isEqualTo("127.0.0.1:" + servers.replica().port());
        assertThat(replica.get("status").asString()).isEqualTo("UP");
        assertThat(replica.get("lag_seconds").asDouble()).isLessThanOrEqualTo(2.0);

        servers.onReplica("STOP SLAVE SQL_THREAD");
        try {
            JsonNode stopped = awaitReplicaStatus("DOWN");
            assertThat(stopped.get("status").asString())
                    .as("ready while the primary is")
                    .isEqualTo("UP");
            assertThat(onFirst.get("/api/books").status()).isEqualTo(200);
        } finally {
            servers.onReplica("START SLAVE SQL_THREAD");
        }
        awaitReplicaStatus("UP");

        onFirst.get("/api/books");
        String metrics = onFirst.withAuthorization(tokens.bearer(Role.READER))
                .get("/metrics")
                .body();
        assertThat(metrics)
                .contains("bookshelf_reads_total{target=\"127.0.0.1:"
                        + servers.replica().port() + "\"}")
                .contains("bookshelf_reads_total{target=\"primary\"}")
                .contains("bookshelf_reads_fallbacks_total{reason=\"replica_behind\"}")
                .contains("bookshelf_replica_lag_seconds{replica=\"127.0.0.1:"
                        + servers.replica().port() + "\"}")
                .contains("bookshelf_replica_healthy{replica=");
    }

    /** {@code /health/ready} of the first instance once it reports the replica {@code status}, within 5 s. */
    private static JsonNode awaitReplicaStatus(String status) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            ApiResponse ready = new ApiClient(first.uri()).get("/health/ready");
            assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
            if (ready.json().get("replicas").get(0).get("status").asString().equals(status)) {
                return ready.json();
            }
            assertThat(System.nanoTime()).as("replica %s in %s", status, ready).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The sequence number of a single-domain GTID position, {@code 0-1-42}: 42. */
    private static long sequence(String position) {
        return Long.parseLong(position.substring(position.lastIndexOf('-') + 1));
    }
}
