package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mariadb.EmbeddedMariaDb;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.server.BookshelfSettings.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, operating the service: {@code /metrics} and {@code /health/ready} on the service wired as in
 * production — the MariaDB store configuration, with its pool, MyBatis and migrations — on a MariaDB of the
 * test's own, given to it as an external database.
 *
 * <p>The catalogue is filled once, before anything is scraped, and no test changes what it holds: the
 * catalogue's gauges count at the first scrape and keep that count for 30 s ({@link CatalogueSizeGaugesTest}
 * shows them move on).
 */
class OperationsOnMariaDbTest {

    private static final Path DATA_DIR = Path.of("target", "operations-test").toAbsolutePath();
    private static final TestTokens TOKENS = TestTokens.create();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static EmbeddedMariaDb database;
    private static BookshelfServer server;
    private static long ada;

    @BeforeAll
    static void startTheServiceOnItsOwnMariaDb() throws Exception {
        deleteDataDirectory();
        database = EmbeddedMariaDb.start(EmbeddedMariaDb.Options.in(DATA_DIR));
        server = BookshelfServer.start(TOKENS.applyTo(BookshelfSettings.defaults()
                .withPort(0)
                .withStore(Store.MARIADB)
                .withDatabase(new DatabaseSettings(database.jdbcUrl(), database.user(), database.password(), null))));
        ada = id(post("/api/authors", "{\"name\":\"Ada Lovelace\"}"));
        long babbage = id(post("/api/authors", "{\"name\":\"Charles Babbage\"}"));
        post("/api/authors", "{\"name\":\"Mary Somerville\"}");
        post(
                "/api/books",
                "{\"title\":\"Sketch of the Analytical Engine\",\"author_ids\":[" + ada + "," + babbage + "]}");
        post("/api/books", "{\"title\":\"Passages from the Life of a Philosopher\",\"author_ids\":[" + babbage + "]}");
    }

    /** Closes what was started, the last first, each even when closing another fails. */
    @AfterAll
    static void stopEverything() throws Exception {
        try (AutoCloseable d = database == null ? null : database::stop;
                AutoCloseable s = server) {
            // closed in reverse order: server, database
        } finally {
            deleteDataDirectory();
        }
    }

    @Test
    void metricsAreServedInThePrometheusTextFormatToAnyValidTokenAndToNobodyElse() throws Exception {
        HttpResponse<String> anonymous = get("/metrics", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> reader = get("/metrics", TOKENS.bearer(Role.READER));
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type.replace(" ", "")).startsWith("text/plain;version=0.0.4"));
        assertThat(reader.body()).contains("# TYPE ");
    }

    @Test
    void requestsAreHistogramsByRouteTemplateNeverByTheirPath() throws Exception {
        assertThat(get("/api/authors/" + ada, null).statusCode()).isEqualTo(200);
        assertThat(get("/api/authors/987654321", null).statusCode()).isEqualTo(404);
        assertThat(get("/no/such/page/424242", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/authors/" + ada, "Basic YWRhOmFkYQ==").statusCode())
                .isEqualTo(401);

        String metrics = scrape();

        assertThat(metrics).contains("# TYPE http_server_requests_seconds histogram");
        List<Map<String, String>> buckets = labelsOf(metrics, "http_server_requests_seconds_bucket");
        assertThat(buckets)
                .anySatisfy(bucket -> assertThat(bucket)
                        .containsEntry("method", "GET")
                        .containsEntry("uri", "/api/authors/{id}")
                        .containsEntry("status", "200")
                        .containsKey("le"));
        assertThat(buckets)
                .anySatisfy(bucket -> assertThat(bucket)
                        .containsEntry("uri", "/api/authors/{id}")
                        .containsEntry("status", "404"));
        assertThat(buckets)
                .anySatisfy(bucket ->
                        assertThat(bucket).containsEntry("uri", "NOT_FOUND").containsEntry("status", "404"));
        assertThat(buckets)
                .as("refused before routing")
                .anySatisfy(bucket -> assertThat(bucket)
                        .containsEntry("uri", "UNKNOWN")
                        .containsEntry("status", "401")
                        .containsEntry("outcome", "CLIENT_ERROR"));
        assertThat(labelsOf(metrics, "http_server_requests_seconds_count"))
                .extracting(labels -> labels.get("uri"))
                .as("routes, never paths")
                .doesNotContain("/api/authors/" + ada, "/api/authors/987654321", "/no/such/page/424242");
        assertThat(metrics).doesNotContain("987654321", "424242", "/no/such/page");
    }

    @Test
    void thePoolTheStatementsTheJvmAndTomcatAreMeasured() throws Exception {
        String metrics = scrape();

        assertThat(value(metrics, "hikaricp_connections", Map.of("pool", "bookshelf")))
                .isPositive();
        assertThat(value(metrics, "hikaricp_connections_max", Map.of("pool", "bookshelf")))
                .isEqualTo(10);
        assertThat(value(metrics, "hikaricp_connections_pending", Map.of("pool", "bookshelf")))
                .isZero();
        assertThat(value(metrics, "hikaricp_connections_timeout_total", Map.of("pool", "bookshelf")))
                .isZero();
        assertThat(value(
                        metrics,
                        "mybatis_statement_seconds_count",
                        Map.of("statement", "AuthorMapper.insert", "outcome", "success")))
                .as("three authors registered")
                .isEqualTo(3);
        assertThat(sum(metrics, "jvm_memory_used_bytes", Map.of("area", "heap")))
                .as("all heap pools")
                .isPositive();
        assertThat(value(metrics, "jvm_threads_live_threads", Map.of())).isPositive();
        assertThat(labelsOf(metrics, "jvm_gc_memory_allocated_bytes_total")).isNotEmpty();
        assertThat(value(metrics, "process_uptime_seconds", Map.of())).isPositive();
        assertThat(labelsOf(metrics, "tomcat_threads_busy_threads"))
                .extracting(labels -> labels.get("name"))
                .as("the connector's thread pool")
                .anySatisfy(name -> assertThat(name).startsWith("http-nio-127.0.0.1-"));
        assertThat(sum(metrics, "tomcat_threads_config_max_threads", Map.of())).isPositive();
        assertThat(sum(metrics, "tomcat_connections_current_connections", Map.of()))
                .as("this scrape's at least")
                .isPositive();
    }

    @Test
    void theCatalogueIsCounted() throws Exception {
        String metrics = scrape();

        assertThat(value(metrics, "bookshelf_catalogue_books", Map.of())).isEqualTo(2);
        assertThat(value(metrics, "bookshelf_catalogue_authors", Map.of())).isEqualTo(3);
        assertThat(value(metrics, "bookshelf_catalogue_credits", Map.of())).isEqualTo(3);
    }

    @Test
    void readyOnlyWhileEveryMigrationOfThisBuildIsApplied() throws Exception {
        assertThat(get("/health/ready", null).body()).isEqualTo("{\"status\":\"UP\"}");

        try (Connection connection =
                DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            Map<String, Object> lastMigration = forgetTheLastMigration(connection);
            try {
                HttpResponse<String> ready = get("/health/ready", null);
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(ready.body())
                        .contains(
                                "\"type\":\"urn:bookshelf:problem:not-ready\"",
                                "\"checks\":{\"store\":\"UP\",\"migrations\":\"DOWN\"}");
                assertThat(get("/health/live", null).statusCode()).isEqualTo(200);
            } finally {
                remember(connection, lastMigration);
            }
        }

        assertThat(get("/health/ready", null).statusCode()).isEqualTo(200);
    }

    /** Deletes the newest row of Flyway's history, as if the database had been restored from before it; answers it. */
    private static Map<String, Object> forgetTheLastMigration(Connection connection) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT * FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1");
                ResultSet last = select.executeQuery()) {
            assertThat(last.next()).as("a migration was applied").isTrue();
            for (int column = 1; column <= last.getMetaData().getColumnCount(); column++) {
                row.put(last.getMetaData().getColumnName(column), last.getObject(column));
            }
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM flyway_schema_history WHERE installed_rank = ?")) {
            delete.setObject(1, row.get("installed_rank"));
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }
        return row;
    }

    private static void remember(Connection connection, Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String parameters = String.join(", ", Collections.nCopies(row.size(), "?"));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO flyway_schema_history (" + columns + ") VALUES (" + parameters + ")")) {
            int parameter = 1;
            for (Object value : row.values()) {
                insert.setObject(parameter++, value);
            }
            insert.executeUpdate();
        }
    }

    private static String scrape() throws IOException, InterruptedException {
        HttpResponse<String> metrics = get("/metrics", TOKENS.bearer(Role.READER));
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics.body();
    }

    /** The labels of every sample of {@code name}. */
    private static List<Map<String, String>> labelsOf(String metrics, String name) {
        List<Map<String, String>> samples = new ArrayList<>();
        for (String line : metrics.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches() && sample.group(1).equals(name)) {
                samples.add(labels(sample.group(2)));
            }
        }
        return samples;
    }

    /** The value of the one sample of {@code name} whose labels include {@code labels}. */
    private static double value(String metrics, String name, Map<String, String> labels) {
        List<Double> values = values(metrics, name, labels);
        assertThat(values).as("the samples of %s with %s", name, labels).hasSize(1);
        return values.get(0);
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}; there must be some. */
    private static double sum(String metrics, String name, Map<String, String> labels) {
        List<Double> values = values(metrics, name, labels);
        assertThat(values).as("the samples of %s with %s", name, labels).isNotEmpty();
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static List<Double> values(String metrics, String name, Map<String, String> labels) {
        List<Double> values = new ArrayList<>();
        for (String line : metrics.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()
                    && sample.group(1).equals(name)
                    && labels(sample.group(2)).entrySet().containsAll(labels.entrySet())) {
                values.add(Double.parseDouble(sample.group(3)));
            }
        }
        return values;
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }

    private static HttpResponse<String> get(String path, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("Authorization", TOKENS.bearer(Role.EDITOR))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created;
    }

    private static long id(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(URI.create(location).getPath().replaceAll(".*/", ""));
    }

    private static void deleteDataDirectory() throws IOException {
        if (!Files.exists(DATA_DIR)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(DATA_DIR)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
