package org.bookshelf.server;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Replaces Tomcat's HTML error page: an error that reaches the container without a body (one Spring MVC
 * never saw, such as a malformed request) is answered as a bare {@code application/problem+json}, with
 * no stack trace, exception or server version.
 *
 * <p>Tomcat refuses some requests it cannot serve with a 5xx: 501 for the {@code CONNECT} method or a
 * transfer coding other than chunked, 505 for an HTTP version other than 1.0 and 1.1. The fault is the
 * request's, not the server's, so they are answered 400 like any other malformed request. They carry the
 * same {@code nosniff}, {@code no-store} and content-security headers as every other answer.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == HttpStatus.NOT_IMPLEMENTED.value() || status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value()) {
            status = HttpStatus.BAD_REQUEST.value();
            response.setStatus(status);
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            // What the security filters set on every other answer; these never reached them.
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail(status, title) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already under way: nothing more can be said.
        }
    }

    private static String detail(int status, String title) {
        return switch (status) {
            case 400 ->
                "The request is not well-formed HTTP/1.1: its request line, URI, a header or the framing"
                        + " of its body is malformed, too large or not supported.";
            case 405 -> "The method is not allowed.";
            case 417 -> "Only the expectation 100-continue is supported.";
            default ->
                status >= 500
                        ? "The server could not answer the request."
                        : "The request could not be answered: " + title + ".";
        };
    }
}
