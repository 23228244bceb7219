package org.bookshelf.adapter.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes as they are to the running service over a plain socket, for requests no HTTP client would
 * send, and reads the one answer until the server closes the connection.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final URI server;

    RawHttp(URI server) {
        this.server = server;
    }

    /** Sends {@code request} as ASCII. */
    Answer send(String request) {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    Answer send(byte[] request) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (SocketException e) {
                // The server may refuse and close before the whole request is written; its answer is still there.
            }
            return Answer.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, read);
            }
        } catch (SocketException e) {
            // A reset after the answer was sent: keep what arrived.
        } catch (SocketTimeoutException e) {
            throw new AssertionError(
                    "no end of the answer within " + TIMEOUT_MILLIS + " ms; got: "
                            + bytes.toString(StandardCharsets.ISO_8859_1),
                    e);
        }
        return bytes.toByteArray();
    }

    /**
     * One answer as it came: {@code status} is -1 when the bytes do not start with an HTTP/1.1 status line
     * (nothing at all, or an HTTP/0.9 answer, which is the body alone).
     */
    record Answer(byte[] raw, int status, Map<String, String> headers, String body) {

        static Answer parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            if (text.startsWith("HTTP/1.1 1") && text.indexOf("\r\n\r\n") > 0) {
                // An interim answer (100 Continue) comes before the final one.
                return parse(Arrays.copyOfRange(raw, text.indexOf("\r\n\r\n") + 4, raw.length));
            }
            int headEnd = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
                return new Answer(raw, -1, Map.of(), new String(raw, StandardCharsets.UTF_8));
            }
            String[] lines = text.substring(0, headEnd).split("\r\n");
            int status = Integer.parseInt(lines[0].substring(9, 12));
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
                int colon = line.indexOf(':');
                headers.merge(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim(),
                        (first, second) -> first + ", " + second);
            }
            byte[] content = Arrays.copyOfRange(raw, headEnd + 4, raw.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                content = dechunk(content);
            }
            return new Answer(raw, status, headers, new String(content, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            String text = new String(chunked, StandardCharsets.ISO_8859_1);
            int at = 0;
            while (true) {
                int lineEnd = text.indexOf("\r\n", at);
                int size = Integer.parseInt(text.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return content.toByteArray();
                }
                content.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        @Override
        public String toString() {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            return text.length() > 600 ? text.substring(0, 600) + "…" : text;
        }
    }
}
