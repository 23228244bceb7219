package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bookshelf.adapter.persistence.memory.InMemoryPersistence;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.server.BookshelfSettings.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

class BookshelfServerTest {

    private static final TestTokens TOKENS = TestTokens.create();
    private static final BookshelfSettings IN_MEMORY_ANY_PORT =
            TOKENS.applyTo(BookshelfSettings.defaults().withStore(Store.MEMORY).withPort(0));

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private BookshelfServer server;

    @AfterEach
    void stop() {
        TroubledStore.gate = null;
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", TOKENS.bearer(Role.EDITOR))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                BodyHandlers.ofString());
    }

    private static boolean accepts(URI uri) {
        try (Socket ignored = new Socket(uri.getHost(), uri.getPort())) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void startsOnAFreePortForPortZeroAndIsHealthy() throws Exception {
        server = BookshelfServer.start(IN_MEMORY_ANY_PORT);

        assertThat(server.port()).isPositive();
        assertThat(server.uri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void closingStopsTakingRequestsAndFreesThePort() {
        server = BookshelfServer.start(IN_MEMORY_ANY_PORT);
        URI uri = server.uri();

        server.close();
        server.close();

        assertThat(accepts(uri)).isFalse();
        server = BookshelfServer.start(IN_MEMORY_ANY_PORT.withPort(uri.getPort()));
        assertThat(server.port()).isEqualTo(uri.getPort());
    }

    @Test
    void startsOnTheDrivenPortsItIsGivenAndLeavesThemToTheCaller() throws Exception {
        DrivenPorts store = InMemoryPersistence.newDrivenPorts();
        BookshelfUseCases catalogue = new BookshelfUseCases(store);
        catalogue.registerAuthor().registerAuthor(new AuthorName("Put In Before"));

        server = BookshelfServer.start(IN_MEMORY_ANY_PORT.withStore(Store.MARIADB), store);
        assertThat(get("/api/authors/1").body()).contains("\"name\":\"Put In Before\"");
        assertThat(post("/api/authors", "{\"name\":\"Put In Over HTTP\"}").statusCode())
                .isEqualTo(201);
        server.close();

        assertThat(catalogue.getAuthor().getAuthor(new AuthorId(2)).name().value())
                .isEqualTo("Put In Over HTTP");
    }

    @Test
    void aPortInUseIsRefusedAndLeavesNothingRunning() throws Exception {
        server = BookshelfServer.start(IN_MEMORY_ANY_PORT);

        assertThatThrownBy(() -> BookshelfServer.start(IN_MEMORY_ANY_PORT.withPort(server.port())))
                .hasStackTraceContaining("could not start on 127.0.0.1:" + server.port());
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void closingLetsRequestsInProgressFinish() throws Exception {
        server = BookshelfServer.start(IN_MEMORY_ANY_PORT, TroubledStore.Gated.class);
        String author = post("/api/authors", "{\"name\":\"Patient\"}")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        TroubledStore.waiting = new CountDownLatch(1);
        TroubledStore.gate = new CountDownLatch(1);

        CompletableFuture<HttpResponse<String>> inProgress = http.sendAsync(
                HttpRequest.newBuilder(server.uri().resolve(author)).build(), BodyHandlers.ofString());
        assertThat(TroubledStore.waiting.await(1, TimeUnit.MINUTES)).isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
        awaitRefusingConnections(server.uri());
        assertThat(closing).isNotDone();
        TroubledStore.gate.countDown();

        HttpResponse<String> finished = inProgress.get(1, TimeUnit.MINUTES);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).contains("\"name\":\"Patient\"");
        closing.get(1, TimeUnit.MINUTES);
        server = null;
    }

    @Test
    void anUnexpectedFailureIsLoggedWithItsStackAndAnsweredAsABare500() throws Exception {
        server = BookshelfServer.start(IN_MEMORY_ANY_PORT, TroubledStore.Failing.class);
        Logger adviceLog = (Logger) LoggerFactory.getLogger("org.bookshelf.adapter.web.ProblemDetailsAdvice");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        adviceLog.addAppender(logged);
        adviceLog.setAdditive(false);
        try {
            HttpResponse<String> response = get("/api/authors/1");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body())
                    .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\","
                            + "\"status\":500,\"detail\":\"The server could not answer the request. The failure has been logged.\","
                            + "\"instance\":\"/api/authors/1\"}");
            assertThat(logged.list).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getFormattedMessage()).contains("GET /api/authors/1");
                assertThat(event.getThrowableProxy().getMessage()).isEqualTo(TroubledStore.LEAKY_MESSAGE);
                assertThat(event.getThrowableProxy().getStackTraceElementProxyArray())
                        .isNotEmpty();
            });
        } finally {
            adviceLog.detachAppender(logged);
            adviceLog.setAdditive(true);
        }
    }

    static Stream<Arguments> passingTroubles() {
        return Stream.of(
                Arguments.of(
                        "changes that keep colliding with others",
                        TroubledStore.Contended.class,
                        "POST",
                        "busy",
                        "1",
                        "nothing was changed"),
                Arguments.of(
                        "a store that cannot be reached",
                        TroubledStore.Unreachable.class,
                        "GET",
                        "store-unavailable",
                        "5",
                        "nothing was read or changed"),
                Arguments.of(
                        "a store that stopped answering while committing",
                        TroubledStore.CutOffWhileCommitting.class,
                        "POST",
                        "store-unavailable",
                        "5",
                        "may or may not have been kept"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passingTroubles")
    void aPassingTroubleIsA503ProblemWithRetryAfterThatGivesNothingAway(
            String trouble, Class<?> store, String method, String problem, String retryAfter, String whatWasChanged)
            throws Exception {
        server = BookshelfServer.start(IN_MEMORY_ANY_PORT, store);

        HttpResponse<String> response =
                method.equals("POST") ? post("/api/authors", "{\"name\":\"Ann Leckie\"}") : get("/api/books/1");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue(retryAfter);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"type\":\"urn:bookshelf:problem:" + problem + "\"", "try again", whatWasChanged)
                .doesNotContain("SELECT", "db.internal", "deadlocked", "Exception");
    }

    @Test
    void healthIs503ProblemWhileTheStoreFails() throws Exception {
        server = BookshelfServer.start(IN_MEMORY_ANY_PORT, TroubledStore.Failing.class);

        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(health.body())
                .contains("\"type\":\"urn:bookshelf:problem:store-unavailable\"", "\"status\":503")
                .doesNotContain("SELECT", "Exception");
    }

    @Test
    void writesOneAccessLogLinePerRequestNamingTheCaller() throws Exception {
        server = BookshelfServer.start(IN_MEMORY_ANY_PORT);
        Logger accessLog = (Logger) LoggerFactory.getLogger("org.bookshelf.access");
        Level level = accessLog.getLevel();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        accessLog.addAppender(logged);
        accessLog.setLevel(Level.INFO);
        try {
            post("/api/authors", "{\"name\":\"Logged\"}");
            get("/api/authors/999?limit=secret");
            get("/health");
        } finally {
            accessLog.detachAppender(logged);
            accessLog.setLevel(level);
        }

        assertThat(logged.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .map(line -> line.replaceFirst(" [0-9]+ms ", " Nms "))
                .containsExactly(
                        "POST /api/authors 201 Nms test-editor",
                        "GET /api/authors/999 404 Nms -",
                        "GET /health 200 Nms -");
    }

    /** Waits, a bounded while, for the server socket to close: the shutdown has begun. */
    private static void awaitRefusingConnections(URI uri) throws InterruptedException {
        for (int attempt = 0; attempt < 1_000 && accepts(uri); attempt++) {
            Thread.sleep(10);
        }
        assertThat(accepts(uri))
                .as("the server socket closes when shutting down")
                .isFalse();
    }
}
