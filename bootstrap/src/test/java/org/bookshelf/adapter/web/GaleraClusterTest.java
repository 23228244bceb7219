package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.tomcat.util.modeler.Registry;
import org.bookshelf.adapter.persistence.GaleraTestCluster;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mariadb.MigrationSettings;
import org.bookshelf.adapter.persistence.mariadb.MigrationSettings.Mode;
import org.bookshelf.adapter.persistence.mariadb.ReplicaSettings;
import org.bookshelf.adapter.persistence.mybatis.MariaDbStore;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.server.BookshelfServer;
import org.bookshelf.server.BookshelfSettings;
import org.bookshelf.server.BookshelfSettings.Store;
import org.bookshelf.server.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The service on a real three-node Galera cluster ({@link GaleraTestCluster}: Debian's MariaDB 10.11 and galera-4),
 * one instance per node, as an operator would run it: what starting at once, conflicting writes, a node cut off or
 * killed, and reading through another node cost. Each test leaves the cluster whole.
 */
class GaleraClusterTest {

    private static final String POSITION = PositionHeaderInterceptor.NAME;
    private static final List<String> EVERY_MIGRATION = List.of("1", "2", "3", "4", "5", "6");

    private static GaleraTestCluster cluster;
    private static TestTokens tokens;
    private static final List<BookshelfServer> instances = new ArrayList<>();
    private static final List<ApiClient> onNode = new ArrayList<>();

    @BeforeAll
    static void startAnInstanceOnEachNode() {
        // Instances started at once in one JVM would register Tomcat's MBeans under one name at once.
        Registry.disableRegistry();
        cluster = GaleraTestCluster.start("galera-cluster");
        tokens = TestTokens.create();
        migrateAsAnOperatorWould(cluster.jdbcUrl(1));
        List<BookshelfSettings> settings = IntStream.rangeClosed(1, 3)
                .mapToObj(node -> settings(cluster.jdbcUrl(node), null))
                .toList();
        instances.addAll(startAtOnce(settings));
        for (BookshelfServer instance : instances) {
            onNode.add(new ApiClient(instance.uri()).withAuthorization(tokens.bearer(Role.EDITOR)));
        }
    }

    @AfterAll
    static void stopEverything() {
        instances.forEach(BookshelfServer::close);
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void everyNodeSynced() {
        for (int node = 1; node <= 3; node++) {
            cluster.awaitSynced(node);
        }
    }

    @Test
    void three_instances_started_at_once_on_three_nodes_all_migrate_once_and_become_ready_ten_times_in_ten() {
        String database = "bookshelf_starts";
        cluster.onNode(1, "GRANT ALL ON `" + database + "`.* TO '" + cluster.user() + "'@'127.0.0.1'");
        for (int run = 1; run <= 10; run++) {
            cluster.onNode(1, "DROP DATABASE IF EXISTS `" + database + "`", "CREATE DATABASE `" + database + "`");
            cluster.awaitAppliedOnEveryNode();
            List<BookshelfSettings> settings = IntStream.rangeClosed(1, 3)
                    .mapToObj(node -> settings(cluster.jdbcUrl(node).replace("/bookshelf", "/" + database), Mode.AUTO))
                    .toList();
            List<BookshelfServer> started = startAtOnce(settings);
            try {
                for (BookshelfServer instance : started) {
                    assertThat(new ApiClient(instance.uri())
                                    .get("/health/ready")
                                    .status())
                            .as("run %d", run)
                            .isEqualTo(200);
                }
                assertThat(cluster.queryOnNode(
                                3,
                                "SELECT version, success FROM `" + database + "`.flyway_schema_history"
                                        + " WHERE version > '0' ORDER BY installed_rank"))
                        .as("run %d: every migration recorded once, as successful", run)
                        .containsExactly(EVERY_MIGRATION.stream()
                                .map(version -> List.of(version, "1"))
                                .toArray(List[]::new));
            } finally {
                started.forEach(BookshelfServer::close);
            }
        }
    }

    @Test
    void instances_that_check_wait_for_the_migration_an_operator_runs_once() throws Exception {
        String database = "bookshelf_checked";
        cluster.onNode(
                1,
                "GRANT ALL ON `" + database + "`.* TO '" + cluster.user() + "'@'127.0.0.1'",
                "DROP DATABASE IF EXISTS `" + database + "`",
                "CREATE DATABASE `" + database + "`");
        cluster.awaitAppliedOnEveryNode();
        String url = cluster.jdbcUrl(2).replace("/bookshelf", "/" + database);
        ExecutorService starting = Executors.newSingleThreadExecutor();
        try {
            Future<List<BookshelfServer>> waiting = starting.submit(() -> startAtOnce(List.of(settings(url, null))));
            Thread.sleep(1_000);
            assertThat(waiting)
                    .as("the default on a Galera node is to check, not to migrate")
                    .isNotDone();

            assertThat(migrateAsAnOperatorWould(cluster.jdbcUrl(1).replace("/bookshelf", "/" + database)))
                    .isEqualTo(EVERY_MIGRATION);
            BookshelfServer instance = waiting.get().get(0);
            try {
                assertThat(new ApiClient(instance.uri()).get("/health/ready").status())
                        .isEqualTo(200);
            } finally {
                instance.close();
            }
        } finally {
            starting.shutdownNow();
        }
    }

    @Test
    void concurrent_creates_through_every_node_get_distinct_ids() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            List<Future<ApiResponse>> creates = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                ApiClient instance = onNode.get(i % 3);
                String json = "{\"name\":\"Author of node " + (i % 3 + 1) + " number " + i + "\"}";
                creates.add(clients.submit(() -> instance.post("/api/authors", json)));
            }
            Set<Long> ids = new HashSet<>();
            for (Future<ApiResponse> create : creates) {
                ApiResponse answer = create.get();
                assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                ids.add(answer.id());
            }
            assertThat(ids).hasSize(300);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void conflicting_credits_through_three_nodes_end_with_exactly_the_acknowledged_authors() throws Exception {
        long book = onNode.get(0)
                .post("/api/books", "{\"title\":\"The Left Hand of Darkness\"}")
                .id();
        List<Long> authors = IntStream.range(0, 48)
                .mapToObj(i -> onNode.get(i % 3)
                        .post("/api/authors", "{\"name\":\"Credited " + i + "\"}")
                        .id())
                .toList();
        ExecutorService clients = Executors.newFixedThreadPool(12);
        List<Long> acknowledged = new CopyOnWriteArrayList<>();
        List<String> positions = new CopyOnWriteArrayList<>();
        try {
            List<Future<?>> credits = new ArrayList<>();
            for (int i = 0; i < authors.size(); i++) {
                ApiClient instance = onNode.get(i % 3);
                long author = authors.get(i);
                credits.add(clients.submit(() -> {
                    ApiResponse answer = instance.put("/api/books/" + book + "/authors/" + author, null);
                    assertThat(answer.status()).as(answer.toString()).isIn(201, 503);
                    if (answer.status() == 201) {
                        acknowledged.add(author);
                        positions.add(answer.header(POSITION).orElseThrow());
                    }
                }));
            }
            for (Future<?> credit : credits) {
                credit.get();
            }
        } finally {
            clients.shutdownNow();
        }
        for (ApiClient instance : onNode) {
            JsonNode read = instance.get("/api/books/" + book, POSITION, positions.get(0))
                    .json();
            List<Long> credited = new ArrayList<>();
            read.get("authors").forEach(credit -> credited.add(credit.get("id").asLong()));
            assertThat(credited).containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(read.get("version").asLong()).isEqualTo(1 + acknowledged.size());
        }
        assertThat(acknowledged).as("certification conflicts are retried").hasSize(48);
    }

    @Test
    void a_read_through_another_node_with_the_position_is_causal_and_sees_the_write() {
        ApiClient third = onNode.get(2);
        long causalReadsBefore = causalReadsOnNode3();
        ApiResponse registered = onNode.get(0).post("/api/authors", "{\"name\":\"Le Guin\"}");
        assertThat(registered.status()).isEqualTo(201);
        String position = registered.header(POSITION).orElseThrow();
        assertThat(position).as("the write set's GTID").matches("\\d+-\\d+-\\d+");
        String author = "/api/authors/" + registered.id();

        assertThat(third.get("/api/authors").status()).isEqualTo(200);
        assertThat(causalReadsOnNode3())
                .as("a read without the position does not wait")
                .isEqualTo(causalReadsBefore);

        ApiResponse read = third.get(author, POSITION, position);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("Le Guin");
        assertThat(causalReadsOnNode3())
                .as("with it, node 3 first applied everything the cluster had committed")
                .isGreaterThan(causalReadsBefore);
    }

    private static long causalReadsOnNode3() {
        return Long.parseLong(cluster.status(3, "wsrep_causal_reads"));
    }

    @Test
    void a_node_cut_off_from_its_cluster_is_a_store_outage_until_it_is_back() throws Exception {
        ApiClient third = onNode.get(2);
        JsonNode ready = third.get("/health/ready").json();
        assertThat(ready.get("cluster").get("size").asInt()).isEqualTo(3);
        assertThat(ready.get("cluster").get("synced").asBoolean()).isTrue();
        assertThat(third.withAuthorization(tokens.bearer(Role.READER))
                        .get("/metrics")
                        .body())
                .contains("bookshelf_galera_cluster_size 3.0")
                .contains("bookshelf_galera_node_synced 1.0")
                .contains("bookshelf_galera_flow_control_paused_seconds_total");

        cluster.onNode(3, "SET GLOBAL wsrep_provider_options = 'gmcast.isolate = 1'");
        try {
            ApiResponse notReady =
                    awaitReadiness(third, cluster -> !cluster.get("synced").asBoolean());
            assertThat(notReady.status()).isEqualTo(503);
            assertThat(notReady.json().get("checks").get("store").asString()).isEqualTo("DOWN");
            assertThat(notReady.json().get("cluster").get("problem").asString()).contains("wsrep");
            ApiResponse refused = third.post("/api/authors", "{\"name\":\"Cut off\"}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isPresent();
            assertThat(third.get("/api/authors").status()).isEqualTo(503);
            assertThat(onNode.get(0)
                            .post("/api/authors", "{\"name\":\"Still written\"}")
                            .status())
                    .as("the two other nodes go on")
                    .isEqualTo(201);
        } finally {
            cluster.onNode(3, "SET GLOBAL wsrep_provider_options = 'gmcast.isolate = 0'");
            cluster.awaitSynced(3);
        }
        awaitStatus(third, "/health/ready", 200, Duration.ofSeconds(30));
        assertThat(third.post("/api/authors", "{\"name\":\"Back\"}").status()).isEqualTo(201);
    }

    @Test
    void a_node_killed_under_writes_loses_nothing_acknowledged_and_a_sequential_url_fails_over() throws Exception {
        BookshelfServer failingOver = startAtOnce(List.of(settings(cluster.sequentialUrl(2, 1, 3), null)))
                .get(0);
        ApiClient sequential = new ApiClient(failingOver.uri()).withAuthorization(tokens.bearer(Role.EDITOR));
        List<ApiClient> writers = List.of(sequential, onNode.get(0), onNode.get(2));
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicLong killedAt = new AtomicLong();
        AtomicLong firstWriteAfterKill = new AtomicLong();
        AtomicLong unavailable = new AtomicLong();
        AtomicLong longestWriteOnSurvivors = new AtomicLong();
        Map<String, String> unansweredNames = new ConcurrentHashMap<>(); // Idempotency-Key to name
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch underWay = new CountDownLatch(writers.size());
        ExecutorService clients = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (ApiClient writer : writers) {
                loops.add(clients.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        long sent = System.nanoTime();
                        String name = "Under load " + writers.indexOf(writer) + "-" + i;
                        String key = "failover-" + writers.indexOf(writer) + "-" + i;
                        ApiResponse answer =
                                writer.post("/api/authors", "{\"name\":\"" + name + "\"}", "Idempotency-Key", key);
                        if (writer != sequential) {
                            longestWriteOnSurvivors.accumulateAndGet(System.nanoTime() - sent, Math::max);
                        }
                        if (answer.status() == 201) {
                            acknowledged.add(answer.id());
                            if (writer == sequential && killedAt.get() != 0) {
                                firstWriteAfterKill.compareAndSet(0, System.nanoTime());
                            }
                        } else if (answer.status() == 503) {
                            unavailable.incrementAndGet();
                            unansweredNames.put(key, name);
                        } else {
                            unexpected.add(answer.toString());
                        }
                        if (i == 10) {
                            underWay.countDown();
                        }
                    }
                }));
            }
            underWay.await();
            killedAt.set(System.nanoTime());
            cluster.kill(2);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (firstWriteAfterKill.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(1_000);
            writing.set(false);
            for (Future<?> loop : loops) {
                loop.get();
            }
            Duration failover = Duration.ofNanos(firstWriteAfterKill.get() - killedAt.get());
            System.out.printf(
                    "galera: failover of a sequential URL took %d ms; %d answers were 503; the longest write on the"
                            + " surviving nodes took %d ms; %d writes acknowledged%n",
                    failover.toMillis(),
                    unavailable.get(),
                    Duration.ofNanos(longestWriteOnSurvivors.get()).toMillis(),
                    acknowledged.size());
            assertThat(unexpected).as("no answer but 201 and 503").isEmpty();
            assertThat(firstWriteAfterKill.get())
                    .as("a write succeeded after the kill")
                    .isNotZero();
            assertThat(failover).isLessThan(Duration.ofSeconds(10));

            long restarting = System.nanoTime();
            cluster.restart(2);
            System.out.printf(
                    "galera: node 2 rejoined in %d ms%n",
                    Duration.ofNanos(System.nanoTime() - restarting).toMillis());
            ApiClient second = onNode.get(1);
            awaitStatus(second, "/health/ready", 200, Duration.ofSeconds(30));
            for (long id : acknowledged) {
                assertThat(second.get("/api/authors/" + id).status())
                        .as("author %d, acknowledged while node 2 was down, read through node 2", id)
                        .isEqualTo(200);
            }
            for (Map.Entry<String, String> unanswered : unansweredNames.entrySet()) {
                String json = "{\"name\":\"" + unanswered.getValue() + "\"}";
                ApiResponse again = sequential.post("/api/authors", json, "Idempotency-Key", unanswered.getKey());
                assertThat(again.status()).as("sent again: %s", again).isEqualTo(201);
                JsonNode named = sequential
                        .get("/api/authors?name=" + unanswered.getValue().replace(" ", "%20"))
                        .json();
                assertThat(named.get("items"))
                        .as("%s, whose first answer was a 503, exists once", unanswered.getValue())
                        .hasSize(1);
            }
        } finally {
            writing.set(false);
            clients.shutdownNow();
            failingOver.close();
        }
    }

    /** What {@code java -jar bookshelf.jar migrate} does, through {@code url}: the migrations it applied. */
    private static List<String> migrateAsAnOperatorWould(String url) {
        return MariaDbStore.migrate(new DatabaseSettings(url, cluster.user(), cluster.password(), null))
                .applied();
    }

    private static BookshelfSettings settings(String url, Mode migration) {
        return tokens.applyTo(BookshelfSettings.defaults()
                .withStore(Store.MARIADB)
                .withPort(0)
                .withDatabase(new DatabaseSettings(
                        url,
                        cluster.user(),
                        cluster.password(),
                        null,
                        ReplicaSettings.NONE,
                        new MigrationSettings(migration, Duration.ofSeconds(60)))));
    }

    /** Starts one instance per settings, all at the same moment. */
    private static List<BookshelfServer> startAtOnce(List<BookshelfSettings> settings) {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService starting = Executors.newFixedThreadPool(settings.size());
        try {
            List<Future<BookshelfServer>> starts = settings.stream()
                    .map(each -> starting.submit(() -> {
                        go.await();
                        return BookshelfServer.start(each);
                    }))
                    .toList();
            go.countDown();
            List<BookshelfServer> started = new ArrayList<>();
            for (Future<BookshelfServer> start : starts) {
                started.add(start.get());
            }
            return started;
        } catch (Exception e) {
            throw new AssertionError("an instance did not start", e);
        } finally {
            starting.shutdown();
        }
    }

    /** {@code /health/ready} of {@code instance} once its {@code cluster} passes {@code test}, within 15 s. */
    private static ApiResponse awaitReadiness(ApiClient instance, Predicate<JsonNode> test)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            ApiResponse ready = instance.get("/health/ready");
            JsonNode node = ready.json().get("cluster");
            if (node != null && test.test(node)) {
                return ready;
            }
            assertThat(System.nanoTime()).as("readiness as expected: %s", ready).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static ApiResponse awaitStatus(ApiClient instance, String path, int status, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            ApiResponse answer = instance.get(path);
            if (answer.status() == status || System.nanoTime() > deadline) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
                return answer;
            }
            Thread.sleep(100);
        }
    }
}
