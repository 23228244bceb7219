package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.bookshelf.adapter.web.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of malformed requests, sent byte for byte over a socket to the real service: random bytes and
 * broken percent-encoding in the path and the query, control characters and odd values in headers, broken
 * or hostile JSON, wrong types, huge numbers, Unicode edge cases, odd methods and versions. None may be
 * answered 5xx, every refusal must be an RFC 9457 problem that gives nothing away, and nothing may be
 * logged at ERROR.
 *
 * <p>Request {@code i} is generated from {@code new Random(SEED + i)} alone: a failure names its index
 * and shows its bytes, and {@link #request(int)} makes it again.
 */
class MalformedRequestsFuzzTest {

    private static final long SEED = 0x5AFE_2_E4905EL;
    private static final int REQUESTS = 3000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningService SERVICE = new RunningService();

    private static final Logger ROOT = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private static final ListAppender<ILoggingEvent> LOGGED = new ListAppender<>();
    private static long author;
    private static long book;

    @BeforeAll
    static void createFixturesAndListenToTheLog() {
        ApiClient api = SERVICE.api();
        author = api.post("/api/authors", "{\"name\":\"Fuzzed Author\"}").id();
        book = api.post("/api/books", "{\"title\":\"Fuzzed Book\",\"author_ids\":[" + author + "]}")
                .id();
        LOGGED.start();
        ROOT.addAppender(LOGGED);
    }

    @AfterAll
    static void stopListening() {
        ROOT.detachAppender(LOGGED);
    }

    @Test
    void noMalformedRequestIsAnswered5xxOrWithAnythingButAProblem() {
        RawHttp http = new RawHttp(SERVICE.server().uri());
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();

        for (int i = 0; i < REQUESTS; i++) {
            Request request = request(i);
            RawHttp.Answer answer = http.send(request.bytes());
            statuses.merge(answer.status(), 1, Integer::sum);
            String failure = judge(request, answer);
            if (failure != null) {
                failures.add("request " + i + ": " + failure + "\n  sent:   " + printable(request.bytes())
                        + "\n  answer: " + printable(answer.raw()));
            }
        }

        assertThat(failures).as("answers by status: %s", statuses).isEmpty();
        assertThat(statuses.keySet())
                .as("the requests reach the API, not only Tomcat's parser")
                .contains(200, 400, 404, 405, 415);
        assertThat(LOGGED.list)
                .as("logged at ERROR")
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
    }

    /** What is wrong with {@code answer}, or {@code null} when nothing is. */
    private static String judge(Request request, RawHttp.Answer answer) {
        if (answer.status() < 0) {
            if (request.isHttp09() && !answer.body().contains("\"status\":5")) {
                return null; // HTTP/0.9 has no status line: the body alone is the answer.
            }
            return answer.raw().length == 0 ? "no answer" : "no HTTP/1.1 status line";
        }
        if (answer.status() >= 500) {
            return "a server error";
        }
        String head = new String(answer.raw(), java.nio.charset.StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
        if (!head.toLowerCase(Locale.ROOT).contains("\r\nx-content-type-options: nosniff")) {
            return "an answer without X-Content-Type-Options: nosniff";
        }
        if (answer.status() < 400) {
            return null;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "a refusal that is not application/problem+json";
        }
        if (request.method().equals("HEAD")) {
            return null;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("status").asInt() != answer.status()
                    || problem.path("type").asString("").isEmpty()
                    || problem.path("title").asString("").isEmpty()
                    || problem.path("detail").asString("").isEmpty()) {
                return "a problem without its status, type, title and detail";
            }
        } catch (RuntimeException e) {
            return "a problem that is not JSON";
        }
        String body = answer.body();
        if (body.toLowerCase(Locale.ROOT).contains("exception")
                || body.contains("org.bookshelf")
                || body.contains("java.")
                || body.contains("springframework")
                || body.contains("tomcat")) {
            return "a problem that shows the server's insides";
        }
        return null;
    }

    /** Request {@code index} of the run: a request of the API, with one to three of its parts broken. */
    static Request request(int index) {
        Random random = new Random(SEED + index);
        // Signed in as the admin, so that changes reach the API; a mutation may break or repeat the header.
        Request request = validRequest(random)
                .withHeader("Authorization", SERVICE.tokens().bearer(Role.ADMIN));
        int breaks = 1 + random.nextInt(3);
        for (int i = 0; i < breaks; i++) {
            request = pick(random, MUTATIONS).apply(new Mutation(request, random));
        }
        return request;
    }

    private static Request validRequest(Random random) {
        String id = Long.toString(random.nextBoolean() ? book : author);
        return switch (random.nextInt(12)) {
            case 0 -> Request.of("GET", "/api/books?limit=2&q=fuzz");
            case 1 -> Request.of("GET", "/api/books/" + book);
            case 2 -> Request.of("GET", "/api/authors?name=Fuzzed%20Author");
            case 3 -> Request.of("GET", "/api/authors/" + author + "/books?limit=5");
            case 4 ->
                Request.json(
                        "POST",
                        "/api/books",
                        "{\"title\":\"T\",\"isbn\":\"0-306-40615-2\",\"published_year\":1999," + "\"author_ids\":["
                                + author + "]}");
            case 5 -> Request.json("POST", "/api/authors", "{\"name\":\"N\"}");
            case 6 ->
                Request.json("PATCH", "/api/books/" + id, "{\"title\":\"T2\"}").withHeader("If-Match", "\"1\"");
            case 7 -> Request.json("PUT", "/api/books/" + book + "/authors", "{\"author_ids\":[" + author + "]}");
            case 8 -> Request.of("PUT", "/api/books/" + book + "/authors/" + author);
            case 9 -> Request.of("DELETE", "/api/books/" + book + "/authors/" + id);
            case 10 -> Request.of("GET", "/health");
            default -> Request.of("GET", "/api/books/" + book + "/authors");
        };
    }

    /** A request and a source of randomness to break it with. */
    private record Mutation(Request request, Random random) {}

    private static final List<String> ODD_SEGMENTS = List.of(
            "%",
            "%z",
            "%zz",
            "%%",
            "%ff",
            "%c0%af",
            "%ed%a0%80",
            "%f0%9f%98%80",
            "%00",
            "%0d%0a",
            "%2f",
            "%2F..%2F",
            "%5c",
            ";",
            ";a=b",
            "..",
            ".",
            "%2e%2e",
            "%252e",
            "9223372036854775808",
            "99999999999999999999999999",
            "-1",
            "0",
            "1e3",
            "0x10",
            "+1",
            " 1",
            "1.0",
            "NaN",
            "\u00e9",
            "\ud83d\ude00",
            "a".repeat(3000),
            "%u0041",
            "\\",
            "|",
            "<script>",
            "'",
            "\"",
            "{id}",
            "*");
    private static final List<String> PARAMETERS =
            List.of("limit", "cursor", "q", "title", "name", "author_id", "unlink", "x", "", "%", "limit[]");
    private static final List<String> HEADERS = List.of(
            "If-Match",
            "Content-Type",
            "Accept",
            "Host",
            "Accept-Language",
            "Accept-Charset",
            "Accept-Encoding",
            "Range",
            "If-None-Match",
            "Origin",
            "Cookie",
            "Authorization",
            "X-Forwarded-For",
            "X-Forwarded-Host",
            "Forwarded",
            "Content-Encoding",
            "Expect",
            "Connection",
            "Upgrade");
    private static final List<String> ODD_HEADER_VALUES = List.of(
            "",
            " ",
            "\"",
            "W/\"1\"",
            "*, \"1\"",
            "\"1\"\"2\"",
            "\"9223372036854775808\"",
            ";;;",
            "a/b/c",
            "*/*;q=abc",
            "text/html;q=2",
            "application/json;charset=bogus",
            "bytes=abc",
            "gzip",
            "deflate;q=nope",
            "100-continue",
            "h2c",
            "close, upgrade",
            "\u00ff\u00fe",
            "\u00e9t\u00e9",
            "=?UTF-8?B?w6k=?=",
            "x".repeat(9000));
    private static final List<String> CONTENT_TYPES = List.of(
            "",
            "application/json; charset=UTF-16",
            "application/json; charset=bogus",
            "application/json;;",
            "application/merge-patch+json",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "multipart/form-data",
            "application/xml",
            "*/*",
            "application/*",
            "json",
            "application/json; boundary=\"",
            "\u00e9/\u00e9");
    private static final List<String> ACCEPTS = List.of(
            "text/html",
            "application/xml",
            ";;;/",
            "application/json;q=abc",
            "*/*;q=0",
            "application/json;q=0",
            "application/problem+json",
            "application/yaml",
            "image/*",
            "",
            "*",
            "application/json, */*;q=0.1",
            "text/event-stream",
            "application/x-ndjson");
    private static final List<String> ODD_BODIES = List.of(
            "",
            "{",
            "}",
            "[]",
            "null",
            "\"x\"",
            "0",
            "{}{}",
            "{\"title\":\"T\"",
            "{\"title\":\"T\",}",
            "{title:\"T\"}",
            "{'title':'T'}",
            "{\"title\":\"T\"}garbage",
            "\ufeff{\"title\":\"T\"}",
            "{\"title\":\"\\ud800\"}",
            "{\"title\":\"\\u0000\"}",
            "{\"title\":\"\\uZZZZ\"}",
            "{\"title\":\"a\\qb\"}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "{\"title\":\"" + "x".repeat(70_000) + "\"}",
            "{\"author_ids\":[" + "1,".repeat(20_000) + "1]}",
            "{\"title\":\"T\",\"title\":\"U\"}",
            "{\"title\":\"T\",\"__proto__\":{}}",
            "{\"name\":\"\u202e\u0000\"}",
            "{\"title\":\"T\"} /* comment */",
            "NaN",
            "Infinity",
            "-0",
            "1e99999");
    private static final List<String> ODD_JSON_VALUES = List.of(
            "null",
            "true",
            "[]",
            "{}",
            "\"\"",
            "1e99999",
            "-1e99999",
            "99999999999999999999999999999",
            "-9223372036854775809",
            "1.5",
            "-0",
            "0x10",
            "NaN",
            "Infinity",
            "\"\\ud800\"",
            "\"\\udfff\\ud800\"",
            "\"\\u0000\"",
            "\"\u0085\u2028\u2029\"",
            "\"\ufffe\uffff\"",
            "\"\ud83d\ude00\"",
            "\"e\u0301\"",
            "\"" + "\u00e9".repeat(400) + "\"",
            "\"1999\"",
            "[1999]",
            "{\"$gt\":1}",
            "'x'",
            "x");
    private static final List<String> METHODS = List.of(
            "GET",
            "HEAD",
            "OPTIONS",
            "TRACE",
            "CONNECT",
            "PATCH",
            "PUT",
            "POST",
            "DELETE",
            "get",
            "FOO",
            "PROPFIND",
            "MKCOL",
            "G\u00c9T",
            "GET\t",
            "",
            "-",
            "PRI");
    private static final List<String> VERSIONS = List.of(
            "HTTP/1.0", "HTTP/2.0", "HTTP/1.2", "HTTP/9.9", "http/1.1", "HTTP/1", "HTTP/1.1x", "HTTP/", "", "FOO/1.1");
    private static final List<String> ODD_HEADER_LINES = List.of(
            "NoColon",
            ": empty-name",
            "Bad Name: x",
            "X-A:\u0001\u0002",
            "X-A: a\rb",
            "X-A: a\u0000b",
            " X-Folded: y",
            "X-A : spaced",
            "Content-Length: -1",
            "Content-Length: 1, 2",
            "Content-Length: 99999999999999999999",
            "Transfer-Encoding: gzip, chunked",
            "Transfer-Encoding: chunked",
            "Transfer-Encoding: identity",
            "Host: second.example",
            "\u00ff\u00fe: x",
            "Content-Type: application/json",
            "Content-Type: text/plain",
            "Expect: 100-continue");

    private static final List<Function<Mutation, Request>> MUTATIONS = List.of(
            m -> m.request()
                    .withTarget(insert(m.random(), pathOf(m.request()), junk(m.random())) + queryOf(m.request())),
            m -> m.request()
                    .withTarget(pathOf(m.request()) + "/" + pick(m.random(), ODD_SEGMENTS) + queryOf(m.request())),
            m -> m.request()
                    .withTarget(replaceLastSegment(pathOf(m.request()), pick(m.random(), ODD_SEGMENTS))
                            + queryOf(m.request())),
            m -> m.request().withTarget(pathOf(m.request()) + "?" + oddQuery(m.random())),
            m -> m.request()
                    .withTarget(m.request().target() + (m.request().target().contains("?") ? "&" : "?")
                            + pick(m.random(), PARAMETERS) + "=" + junk(m.random())),
            m -> m.request().withHeader(pick(m.random(), HEADERS), junk(m.random())),
            m -> m.request().withHeader(pick(m.random(), HEADERS), pick(m.random(), ODD_HEADER_VALUES)),
            m -> m.request().withHeader("X-Fuzz", "x".repeat(m.random().nextInt(12_000))),
            m -> m.request().withHeader("Content-Type", pick(m.random(), CONTENT_TYPES)),
            m -> m.request().withHeader("Accept", pick(m.random(), ACCEPTS)),
            m -> m.request().withBody(pick(m.random(), ODD_BODIES).getBytes(StandardCharsets.UTF_8)),
            m -> m.request().withBody(randomBytes(m.random(), m.random().nextInt(300))),
            m -> m.request().withBody(mangle(m.random(), m.request().body())),
            m -> m.request()
                    .withBody(("{\"title\":" + pick(m.random(), ODD_JSON_VALUES) + ",\"name\":"
                                    + pick(m.random(), ODD_JSON_VALUES) + "}")
                            .getBytes(StandardCharsets.UTF_8)),
            m -> m.request()
                    .withBody(("{\"title\":\"T\",\"published_year\":" + pick(m.random(), ODD_JSON_VALUES)
                                    + ",\"author_ids\":[" + pick(m.random(), ODD_JSON_VALUES) + "]}")
                            .getBytes(StandardCharsets.UTF_8)),
            m -> m.request().withMethod(pick(m.random(), METHODS)),
            m -> m.request().withVersion(pick(m.random(), VERSIONS)),
            m -> m.request().withRawHeaderLine(pick(m.random(), ODD_HEADER_LINES)),
            m -> m.request().withContentLengthOff(m.random().nextInt(7) - 3));

    // --- pieces of the mutations

    private static String junk(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> percentEncoded(randomBytes(random, 1 + random.nextInt(12)));
            case 1 -> new String(randomBytes(random, 1 + random.nextInt(12)), StandardCharsets.ISO_8859_1);
            case 2 -> pick(random, ODD_SEGMENTS);
            default -> new String(Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1)));
        };
    }

    private static String oddQuery(Random random) {
        StringBuilder query = new StringBuilder();
        int parameters = random.nextInt(10) == 0 ? 40 + random.nextInt(100) : 1 + random.nextInt(5);
        for (int i = 0; i < parameters; i++) {
            query.append(i == 0 ? "" : "&").append(pick(random, PARAMETERS));
            if (random.nextInt(5) > 0) {
                query.append('=').append(random.nextBoolean() ? junk(random) : pick(random, ODD_JSON_VALUES));
            }
        }
        return query.toString();
    }

    private static byte[] mangle(Random random, byte[] body) {
        if (body.length == 0) {
            return randomBytes(random, 1 + random.nextInt(40));
        }
        byte[] mangled = body.clone();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            mangled[random.nextInt(mangled.length)] = (byte) random.nextInt(256);
        }
        return random.nextBoolean() ? mangled : Arrays.copyOf(mangled, random.nextInt(mangled.length));
    }

    private static String insert(Random random, String into, String piece) {
        int at = 1 + random.nextInt(into.length());
        return into.substring(0, at) + piece + into.substring(at);
    }

    private static String replaceLastSegment(String path, String segment) {
        return path.substring(0, path.lastIndexOf('/') + 1) + segment;
    }

    private static String pathOf(Request request) {
        int query = request.target().indexOf('?');
        return query < 0 ? request.target() : request.target().substring(0, query);
    }

    private static String queryOf(Request request) {
        int query = request.target().indexOf('?');
        return query < 0 ? "" : request.target().substring(query);
    }

    private static String percentEncoded(byte[] bytes) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : bytes) {
            encoded.append('%').append(HexFormat.of().toHexDigits(b));
        }
        return encoded.toString();
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String printable(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            shown.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return shown + (bytes.length > 400 ? "… (" + bytes.length + " bytes)" : "");
    }

    /**
     * One HTTP/1.1 request in parts; {@link #bytes()} writes it. A character of the head up to U+00FF is
     * written as that one byte (so random bytes stay as they are), any other in UTF-8; bodies as given. {@code Content-Length} is the body's length
     * plus {@code contentLengthOff}, unless a header line sets it.
     */
    record Request(
            String method, String target, String version, List<String> headerLines, byte[] body, int contentLengthOff) {

        static Request of(String method, String target) {
            return new Request(method, target, "HTTP/1.1", List.of(), new byte[0], 0);
        }

        static Request json(String method, String target, String json) {
            return of(method, target)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json.getBytes(StandardCharsets.UTF_8));
        }

        Request withMethod(String newMethod) {
            return new Request(newMethod, target, version, headerLines, body, contentLengthOff);
        }

        Request withTarget(String newTarget) {
            return new Request(method, newTarget, version, headerLines, body, contentLengthOff);
        }

        Request withVersion(String newVersion) {
            return new Request(method, target, newVersion, headerLines, body, contentLengthOff);
        }

        Request withHeader(String name, String value) {
            return withRawHeaderLine(name + ": " + value);
        }

        Request withRawHeaderLine(String line) {
            List<String> lines = new ArrayList<>(headerLines);
            lines.add(line);
            return new Request(method, target, version, lines, body, contentLengthOff);
        }

        Request withBody(byte[] newBody) {
            return new Request(method, target, version, headerLines, newBody, contentLengthOff);
        }

        Request withContentLengthOff(int off) {
            return new Request(method, target, version, headerLines, body, off);
        }

        /**
         * Whether the server reads this as HTTP/0.9: a request line that ends (at its first line feed) after
         * the method and target, without a version. A line feed inside the target ends it there too.
         */
        boolean isHttp09() {
            String head = new String(bytes(), StandardCharsets.ISO_8859_1);
            int lineEnd = head.indexOf('\n');
            String requestLine = (lineEnd < 0 ? head : head.substring(0, lineEnd)).stripTrailing();
            return requestLine.split(" ", -1).length == 2;
        }

        byte[] bytes() {
            StringBuilder head = new StringBuilder(method).append(' ').append(target);
            if (!version.isEmpty()) {
                head.append(' ').append(version);
            }
            head.append("\r\n");
            if (!version.isEmpty()) {
                head.append("Host: localhost\r\nConnection: close\r\n");
                headerLines.forEach(line -> head.append(line).append("\r\n"));
                boolean lengthGiven = headerLines.stream()
                        .anyMatch(line -> line.regionMatches(true, 0, "Content-Length", 0, 14)
                                || line.regionMatches(true, 0, "Transfer-Encoding", 0, 17));
                if (!lengthGiven && (body.length > 0 || contentLengthOff > 0)) {
                    head.append("Content-Length: ")
                            .append(Math.max(0, body.length + contentLengthOff))
                            .append("\r\n");
                }
                head.append("\r\n");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            head.codePoints()
                    .forEach(c -> bytes.writeBytes(
                            c <= 0xFF
                                    ? new byte[] {(byte) c}
                                    : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)));
            if (!version.isEmpty()) {
                bytes.writeBytes(body);
            }
            return bytes.toByteArray();
        }
    }
}
