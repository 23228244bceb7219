package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slow and idle clients lose their connection after the connector's timeouts, here shortened to fractions of
 * a second; the service runs with {@link ConnectorLimits#DEFAULT}.
 */
class ConnectorLimitsTest {

    /**
     * Tomcat checks timeouts about once a second, so a connection closes up to a second after its timeout:
     * the two are far enough apart to tell which one closed it.
     */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(2500);

    private static final Duration KEEP_ALIVE_TIMEOUT = Duration.ofMillis(200);
    /** Far above the timeouts: a connection still open then was not closed by them. */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(10);

    private EmbeddedTomcat tomcat;

    @BeforeEach
    void startTomcatWithShortTimeouts() {
        ServletContainerInitializer answersNoContent =
                (classes, context) -> context.addServlet("noContent", new HttpServlet() {
                            @Override
                            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                            }
                        })
                        .addMapping("/");
        ConnectorLimits limits = ConnectorLimits.DEFAULT;
        tomcat = new EmbeddedTomcat(
                "127.0.0.1",
                0,
                null,
                Duration.ZERO,
                new ConnectorLimits(
                        CONNECTION_TIMEOUT,
                        KEEP_ALIVE_TIMEOUT,
                        limits.maxKeepAliveRequests(),
                        limits.maxThreads(),
                        limits.maxConnections(),
                        limits.acceptCount(),
                        limits.maxHttpHeaderSize(),
                        limits.maxParameterCount(),
                        limits.maxPostSize()),
                answersNoContent);
        tomcat.start();
    }

    @AfterEach
    void stopTomcat() {
        tomcat.destroy();
    }

    @Test
    void aClientThatConnectsAndSendsNothingIsDisconnectedAfterTheConnectionTimeout() throws IOException {
        try (Socket silent = connect()) {
            long started = System.nanoTime();

            assertThat(silent.getInputStream().read()).as("end of stream").isEqualTo(-1);

            assertThat(elapsedSince(started)).isGreaterThanOrEqualTo(CONNECTION_TIMEOUT.minusMillis(50));
        }
    }

    @Test
    void aClientThatStopsHalfWayThroughItsHeadersIsDisconnectedAfterTheConnectionTimeout() throws IOException {
        try (Socket stalled = connect()) {
            stalled.getOutputStream()
                    .write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();

            String answer = new String(stalled.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertThat(answer).doesNotStartWith("HTTP/1.1 5");
            assertThat(elapsedSince(started)).isGreaterThanOrEqualTo(CONNECTION_TIMEOUT.minusMillis(50));
        }
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedAfterTheKeepAliveTimeout() throws IOException {
        try (Socket idle = connect()) {
            idle.getOutputStream()
                    .write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = idle.getInputStream();
            String firstAnswer = readHead(in);
            long started = System.nanoTime();

            assertThat(firstAnswer).startsWith("HTTP/1.1 204");
            assertThat(in.read()).as("end of stream").isEqualTo(-1);
            assertThat(elapsedSince(started))
                    .isGreaterThanOrEqualTo(KEEP_ALIVE_TIMEOUT.minusMillis(50))
                    .isLessThan(CONNECTION_TIMEOUT);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", tomcat.port());
        socket.setSoTimeout(Math.toIntExact(GIVE_UP_AFTER.toMillis()));
        return socket;
    }

    /** Reads up to the blank line that ends a response's head (a 204 has no body). */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            head.append((char) next);
        }
        return head.toString();
    }

    private static Duration elapsedSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
