package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookshelf.adapter.web.Problems.assertInvalid;
import static org.bookshelf.adapter.web.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.bookshelf.adapter.web.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Bad input is never a 5xx: each case below is answered with a 4xx {@code application/problem+json}
 * that names the problem (a 400 lists the offending fields), and leaves the catalogue as it was.
 */
class BadInputTest {

    private static final String INVALID = "urn:bookshelf:problem:invalid-request";
    private static final String BLANK = "about:blank";
    private static final String TOO_MANY_AUTHORS =
            LongStream.rangeClosed(1, 101).mapToObj(Long::toString).collect(Collectors.joining(","));

    @RegisterExtension
    static final RunningService SERVICE = new RunningService();

    private static ApiClient api;
    private static long author;
    private static long book;
    private static String booksCursor;

    @BeforeAll
    static void createFixtures() {
        api = SERVICE.api();
        author = api.post("/api/authors", "{\"name\":\"Fixture Author\"}").id();
        book = api.post("/api/books", "{\"title\":\"Fixture Book\",\"author_ids\":[" + author + "]}")
                .id();
        api.post("/api/books", "{\"title\":\"Second Fixture\"}");
        booksCursor = api.get("/api/books?limit=1").json().get("next_cursor").asString();
    }

    /** A bad request, what it must be answered with, and (for a 400) the fields {@code errors} must name. */
    record Case(Function<ApiClient, ApiResponse> request, int status, String type, List<String> fields) {}

    private static Arguments invalid(String name, Function<ApiClient, ApiResponse> request, String... fields) {
        return Arguments.of(name, new Case(request, 400, INVALID, List.of(fields)));
    }

    private static Arguments refused(String name, Function<ApiClient, ApiResponse> request, int status, String type) {
        return Arguments.of(name, new Case(request, status, type, List.of()));
    }

    private static String books() {
        return "/api/books/" + book;
    }

    static Stream<Arguments> badRequests() {
        String hugeName = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        List<Arguments> cases = new ArrayList<>(List.of(
                // Malformed or non-object bodies.
                invalid("malformed JSON", api -> api.post("/api/books", "{\"title\": "), "body"),
                invalid("not JSON at all", api -> api.post("/api/authors", "name=Ada"), "body"),
                invalid("trailing content", api -> api.post("/api/authors", "{\"name\":\"A\"} {}"), "body"),
                invalid("null body", api -> api.post("/api/books", "null"), "body"),
                invalid("empty body", api -> api.post("/api/authors", ""), "body"),
                invalid("array body", api -> api.post("/api/books", "[{\"title\":\"T\"}]"), "body"),
                invalid("string body", api -> api.put(books() + "/authors", "\"1,2\""), "body"),
                invalid("null PATCH body", api -> api.patch(books(), "null"), "body"),
                // Wrong JSON types.
                invalid("number for a string", api -> api.post("/api/books", "{\"title\":5}"), "title"),
                invalid("boolean for a string", api -> api.post("/api/authors", "{\"name\":true}"), "name"),
                invalid("object for a string", api -> api.post("/api/authors", "{\"name\":{\"first\":\"A\"}}"), "name"),
                invalid(
                        "string for a number",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"published_year\":\"1999\"}"),
                        "published_year"),
                invalid(
                        "fraction for a whole number",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"published_year\":1999.5}"),
                        "published_year"),
                invalid(
                        "number beyond int",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"published_year\":99999999999}"),
                        "published_year"),
                invalid(
                        "number for an ISBN",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"isbn\":9780131103627}"),
                        "isbn"),
                invalid(
                        "string for a list",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"author_ids\":\"1\"}"),
                        "author_ids"),
                invalid(
                        "strings in the id list",
                        api -> api.put(books() + "/authors", "{\"author_ids\":[\"1\"]}"),
                        "author_ids[0]"),
                invalid(
                        "id beyond long",
                        api -> api.put(books() + "/authors", "{\"author_ids\":[9223372036854775808]}"),
                        "author_ids[0]"),
                invalid(
                        "wrong type in PATCH",
                        api -> api.patch(books(), "{\"published_year\":\"soon\"}"),
                        "published_year"),
                // Unknown or repeated fields.
                invalid(
                        "unknown field",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"subtitle\":\"S\"}"),
                        "subtitle"),
                invalid(
                        "camelCase field",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"publishedYear\":2000}"),
                        "publishedYear"),
                invalid(
                        "unknown field in PATCH",
                        api -> api.patch("/api/authors/" + author, "{\"name\":\"A\",\"id\":9}"),
                        "id"),
                invalid(
                        "field given twice",
                        api -> api.post("/api/authors", "{\"name\":\"A\",\"name\":\"B\"}"),
                        "body"),
                // Missing, blank, too long, out of range.
                invalid("missing title", api -> api.post("/api/books", "{\"isbn\":\"0-13-110362-8\"}"), "title"),
                invalid("missing name", api -> api.post("/api/authors", "{}"), "name"),
                invalid("missing name in rename", api -> api.patch("/api/authors/" + author, "{}"), "name"),
                invalid("missing author_ids", api -> api.put(books() + "/authors", "{}"), "author_ids"),
                invalid("null title", api -> api.post("/api/books", "{\"title\":null}"), "title"),
                invalid("title cleared by PATCH", api -> api.patch(books(), "{\"title\":null}"), "title"),
                invalid("blank title", api -> api.post("/api/books", "{\"title\":\"   \"}"), "title"),
                invalid(
                        "unpaired surrogate in a title",
                        api -> api.post("/api/books", "{\"title\":\"x\\ud800y\"}"),
                        "title"),
                invalid("blank name", api -> api.post("/api/authors", "{\"name\":\"\"}"), "name"),
                invalid(
                        "title over 500",
                        api -> api.post("/api/books", "{\"title\":\"" + "t".repeat(501) + "\"}"),
                        "title"),
                invalid(
                        "name over 300",
                        api -> api.patch("/api/authors/" + author, "{\"name\":\"" + "n".repeat(301) + "\"}"),
                        "name"),
                invalid(
                        "year 0",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"published_year\":0}"),
                        "published_year"),
                invalid("year 10000", api -> api.patch(books(), "{\"published_year\":10000}"), "published_year"),
                invalid(
                        "ISBN check digit",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"isbn\":\"978-0-13-110362-8\"}"),
                        "isbn"),
                invalid("ISBN of letters", api -> api.patch(books(), "{\"isbn\":\"ISBN\"}"), "isbn"),
                invalid(
                        "every invalid field at once",
                        api -> api.post(
                                "/api/books",
                                "{\"title\":\"\",\"isbn\":\"123\",\"published_year\":-5,\"author_ids\":[0]}"),
                        "title",
                        "isbn",
                        "published_year",
                        "author_ids"),
                // Author lists.
                invalid(
                        "over 100 authors",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"author_ids\":[" + TOO_MANY_AUTHORS + "]}"),
                        "author_ids"),
                invalid(
                        "over 100 authors to set",
                        api -> api.put(books() + "/authors", "{\"author_ids\":[" + TOO_MANY_AUTHORS + "]}"),
                        "author_ids"),
                invalid(
                        "an author twice",
                        api -> api.put(books() + "/authors", "{\"author_ids\":[" + author + "," + author + "]}"),
                        "author_ids"),
                invalid(
                        "null in the list",
                        api -> api.put(books() + "/authors", "{\"author_ids\":[null]}"),
                        "author_ids"),
                invalid(
                        "id 0 in the list",
                        api -> api.post("/api/books", "{\"title\":\"T\",\"author_ids\":[0]}"),
                        "author_ids"),
                invalid(
                        "negative id in the list",
                        api -> api.put(books() + "/authors", "{\"author_ids\":[-3]}"),
                        "author_ids"),
                // Paging.
                invalid("limit 0", api -> api.get("/api/books?limit=0"), "limit"),
                invalid("limit 101", api -> api.get("/api/authors?limit=101"), "limit"),
                invalid("negative limit", api -> api.get("/api/authors/" + author + "/books?limit=-1"), "limit"),
                invalid("limit not a number", api -> api.get("/api/books?limit=ten"), "limit"),
                invalid("limit beyond int", api -> api.get("/api/books?limit=99999999999"), "limit"),
                invalid("malformed cursor", api -> api.get("/api/books?cursor=abc"), "cursor"),
                invalid("cursor of bad base64", api -> api.get("/api/authors?cursor=%25%25.%25%25"), "cursor"),
                invalid("forged cursor", api -> api.get("/api/books?limit=1&cursor=" + forge(booksCursor)), "cursor"),
                invalid(
                        "cursor of another listing",
                        api -> api.get("/api/books?q=fixture&cursor=" + booksCursor),
                        "cursor"),
                invalid("empty cursor", api -> api.get("/api/books?cursor="), "cursor"),
                // Filters.
                invalid("blank q", api -> api.get("/api/books?q=%20%20"), "q"),
                invalid("q over 500", api -> api.get("/api/authors?q=" + "q".repeat(501)), "q"),
                invalid("blank name filter", api -> api.get("/api/authors?name="), "name"),
                invalid("title filter over 500", api -> api.get("/api/books?title=" + "t".repeat(501)), "title"),
                invalid("author_id not a number", api -> api.get("/api/books?author_id=me"), "author_id"),
                invalid("author_id 0", api -> api.get("/api/books?author_id=0"), "author_id"),
                invalid(
                        "unlink not a boolean",
                        api -> api.delete("/api/authors/" + author + "?unlink=maybe"),
                        "unlink"),
                // Ids in the path.
                invalid("id not a number", api -> api.get("/api/books/abc"), "id"),
                invalid("id 0", api -> api.get("/api/authors/0"), "id"),
                invalid("negative id", api -> api.delete("/api/books/-1"), "id"),
                invalid("id beyond long", api -> api.get("/api/books/9223372036854775808"), "id"),
                invalid("id in exponent form", api -> api.patch("/api/authors/1e3", "{\"name\":\"A\"}"), "id"),
                invalid("author id not a number", api -> api.put(books() + "/authors/x", null), "author_id"),
                invalid("author id 0", api -> api.delete(books() + "/authors/0"), "author_id"),
                // Headers.
                invalid(
                        "If-Match not an entity tag",
                        api -> api.patch(books(), "{\"title\":\"T\"}", "If-Match", "3"),
                        "If-Match"),
                invalid(
                        "If-Match unterminated",
                        api -> api.put(books() + "/authors", "{\"author_ids\":[]}", "If-Match", "\"3"),
                        "If-Match"),
                // Refused by HTTP itself.
                refused(
                        "body over 64 KiB",
                        api -> api.post("/api/authors", hugeName),
                        413,
                        "urn:bookshelf:problem:content-too-large"),
                refused(
                        "chunked body over 64 KiB",
                        api -> api.sendChunked("POST", "/api/authors", hugeName.getBytes(StandardCharsets.UTF_8)),
                        413,
                        "urn:bookshelf:problem:content-too-large"),
                refused(
                        "PATCH body over 64 KiB",
                        api -> api.patch(books(), "{\"title\":\"" + "t".repeat(70_000) + "\"}"),
                        413,
                        "urn:bookshelf:problem:content-too-large"),
                refused(
                        "not JSON content",
                        api -> api.post("/api/authors", "{\"name\":\"A\"}", "Content-Type", "text/plain"),
                        415,
                        BLANK),
                refused("no content type", api -> api.send("POST", "/api/authors", null), 415, BLANK),
                refused("HTML wanted", api -> api.get(books(), "Accept", "text/html"), 406, BLANK),
                refused("unknown path", api -> api.get("/api/magazines"), 404, BLANK),
                refused("method not allowed", api -> api.send("PUT", "/api/books", "{}"), 405, BLANK)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isAnswered4xxProblemAndChangesNothing(String name, Case badRequest) {
        String before = catalogue();

        ApiResponse response = badRequest.request().apply(api);

        if (badRequest.status() == 400) {
            assertThat(assertInvalid(response)).containsExactlyInAnyOrderElementsOf(badRequest.fields());
        } else {
            assertProblem(response, badRequest.status(), badRequest.type());
        }
        assertThat(catalogue()).isEqualTo(before);
    }

    /** A value the catalogue's rules refuse, and the field and words the API names it with. */
    static Stream<Arguments> refusedValues() {
        return Stream.of(
                refusal(api -> api.post("/api/books", "{\"title\":\"   \"}"), "title", "title must not be blank"),
                refusal(
                        api -> api.post("/api/books", "{\"title\":\"" + "t".repeat(501) + "\"}"),
                        "title",
                        "title must be at most 500 characters, was 501"),
                refusal(
                        api -> api.post("/api/books", "{\"title\":\"x\\ud800y\"}"),
                        "title",
                        "title is not valid Unicode: it holds an unpaired surrogate"),
                refusal(api -> api.post("/api/authors", "{\"name\":\"\"}"), "name", "name must not be blank"),
                refusal(
                        api -> api.post("/api/books", "{\"title\":\"T\",\"published_year\":0}"),
                        "published_year",
                        "published year must be between 1 and 9999, was 0"),
                refusal(
                        api -> api.post("/api/books", "{\"title\":\"T\",\"isbn\":\"978-0-13-110362-8\"}"),
                        "isbn",
                        "ISBN-13 check digit does not match: 978-0-13-110362-8"),
                refusal(
                        api -> api.patch(books(), "{\"isbn\":\"ISBN\"}"),
                        "isbn",
                        "an ISBN has 10 or 13 digits (hyphens and spaces allowed): ISBN"),
                refusal(
                        api -> api.put(books() + "/authors", "{\"author_ids\":[" + author + "," + author + "]}"),
                        "author_ids",
                        "author " + author + " is listed more than once"),
                refusal(
                        api -> api.post("/api/books", "{\"title\":\"T\",\"author_ids\":[0]}"),
                        "author_ids",
                        "author id must be positive, was 0"),
                refusal(
                        api -> api.put(books() + "/authors", "{\"author_ids\":[" + TOO_MANY_AUTHORS + "]}"),
                        "author_ids",
                        "a book has at most 100 authors, got 101"),
                refusal(api -> api.get("/api/books?limit=0"), "limit", "limit must be between 1 and 100, was 0"),
                refusal(
                        api -> api.get("/api/authors/" + author + "/books?limit=101"),
                        "limit",
                        "limit must be between 1 and 100, was 101"),
                refusal(
                        api -> api.get("/api/books?cursor=abc"),
                        "cursor",
                        "cursor is malformed; pass it back exactly as it was received"),
                refusal(
                        api -> api.get("/api/books?q=fixture&cursor=" + booksCursor),
                        "cursor",
                        "cursor does not belong to this listing or was altered"),
                refusal(
                        api -> api.get("/api/books?q=%20%25%20"),
                        "q",
                        "q must hold at least one word of letters or digits"),
                refusal(
                        api -> api.get("/api/authors?q=" + "q".repeat(201)),
                        "q",
                        "q must be at most 200 characters, was 201"),
                refusal(
                        api -> api.get("/api/books?q=a+b+c+d+e+f+g+h+i+j+k"),
                        "q",
                        "q must have at most 10 different words, had 11"),
                refusal(api -> api.get("/api/authors?name=%20"), "name", "name must not be blank"),
                refusal(api -> api.get("/api/books?author_id=0"), "author_id", "author id must be positive, was 0"),
                refusal(api -> api.get("/api/authors/0"), "id", "author id must be positive, was 0"),
                refusal(api -> api.delete("/api/books/-1"), "id", "book id must be positive, was -1"),
                refusal(api -> api.delete(books() + "/authors/0"), "author_id", "author id must be positive, was 0"),
                refusal(api -> api.get("/api/imports/0"), "id", "import id must be positive, was 0"));
    }

    private static Arguments refusal(Function<ApiClient, ApiResponse> request, String field, String message) {
        return Arguments.of(field + ": " + message, request, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedValues")
    void aRefusedValueIsNamedAsTheClientSentItAndExplainedInTheCataloguesWords(
            String name, Function<ApiClient, ApiResponse> request, String field, String message) {
        JsonNode problem = assertProblem(request.apply(api), 400, INVALID);

        assertThat(problem.get("detail").asString()).isEqualTo(message);
        assertThat(problem.get("errors").toString())
                .isEqualTo("[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]");
    }

    static Stream<Arguments> malformedQueries() {
        String manyParameters =
                IntStream.rangeClosed(1, 200).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
        return Stream.of(
                Arguments.of("/api/books?cursor=%%%garbage"),
                Arguments.of("/api/books?limit=%"),
                Arguments.of("/api/authors?q=%zz"),
                Arguments.of("/api/books?q=%ff%fe"),
                Arguments.of("/api/books?title=%C0%AF"),
                Arguments.of("/api/authors?name=%ED%A0%80"),
                Arguments.of("/api/books?" + manyParameters),
                Arguments.of("/api/books/" + book + "?x=%"),
                Arguments.of("/api/authors/" + author + "/books?%=1"),
                Arguments.of("/api/books/" + book + "/authors?" + manyParameters));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedQueries")
    void aQueryStringThatCannotBeDecodedIsInvalidWhicheverTheEndpoint(String target) {
        String before = catalogue();

        RawHttp.Answer answer =
                raw().send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(assertInvalid(answer)).containsExactly("query");
        assertThat(catalogue()).isEqualTo(before);
    }

    static Stream<Arguments> requestsTomcatRefuses() {
        String end = "Host: localhost\r\nAuthorization: " + SERVICE.tokens().bearer(Role.ADMIN)
                + "\r\nConnection: close\r\n\r\n";
        return Stream.of(
                Arguments.of("malformed percent-encoding in the path", "GET /api/books/%zz HTTP/1.1\r\n" + end, 400),
                Arguments.of("an encoded slash in the path", "GET /api/books/1%2Fauthors HTTP/1.1\r\n" + end, 400),
                Arguments.of("a dot segment above the root", "GET /api/../../etc/passwd HTTP/1.1\r\n" + end, 400),
                Arguments.of("an encoded NUL in the path", "GET /api/books/%00 HTTP/1.1\r\n" + end, 400),
                Arguments.of("a space in the target", "GET /api/bo oks HTTP/1.1\r\n" + end, 400),
                Arguments.of("a byte that is not ASCII in the target", "GET /api/b\u00ffooks HTTP/1.1\r\n" + end, 400),
                Arguments.of("a method that is not a token", "G@T /api/books HTTP/1.1\r\n" + end, 400),
                Arguments.of("an unknown HTTP version", "GET /api/books HTTP/9.9\r\n" + end, 400),
                Arguments.of("HTTP/2 without upgrade", "GET /api/books HTTP/2.0\r\n" + end, 400),
                Arguments.of("CONNECT", "CONNECT localhost:80 HTTP/1.1\r\n" + end, 400),
                Arguments.of("TRACE", "TRACE /api/books HTTP/1.1\r\n" + end, 405),
                Arguments.of("no Host", "GET /api/books HTTP/1.1\r\nConnection: close\r\n\r\n", 400),
                Arguments.of(
                        "a control character in a header", "GET /api/books HTTP/1.1\r\nX-A: a\u0001b\r\n" + end, 400),
                Arguments.of("a header line without a colon", "GET /api/books HTTP/1.1\r\nbogus\r\n" + end, 400),
                Arguments.of(
                        "a header over 8 KiB",
                        "GET /api/books HTTP/1.1\r\nX-Big: " + "a".repeat(9000) + "\r\n" + end,
                        400),
                Arguments.of("a URI over 8 KiB", "GET /api/books?q=" + "a".repeat(9000) + " HTTP/1.1\r\n" + end, 400),
                Arguments.of(
                        "a Content-Length that is not a number",
                        "POST /api/authors HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: x\r\n" + end
                                + "{}",
                        400),
                Arguments.of(
                        "two Content-Lengths",
                        "POST /api/authors HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n" + end + "{}",
                        400),
                Arguments.of(
                        "a transfer coding Tomcat does not know",
                        "POST /api/authors HTTP/1.1\r\nTransfer-Encoding: gzip\r\n" + end + "{}",
                        400),
                Arguments.of(
                        "a malformed chunk",
                        "POST /api/authors HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                                + end + "zz\r\n{}\r\n0\r\n\r\n",
                        400),
                Arguments.of(
                        "an unknown expectation", "POST /api/authors HTTP/1.1\r\nExpect: 999-nope\r\n" + end, 417));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestsTomcatRefuses")
    void aRequestTomcatRefusesIsA4xxProblemNotAnHtmlPage(String name, String request, int status) {
        RawHttp.Answer answer = raw().send(request);

        assertProblem(answer, status, BLANK);
        assertThat(answer.body()).doesNotContain("<html", "Tomcat");
    }

    @Test
    void aMalformedRequestLineAfterAnHttp09RequestIsStillAnsweredWithAStatusLine() {
        RawHttp.Answer http09 = raw().send("GET /health\r\n");
        RawHttp.Answer next = raw().send("G@T /api/books HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(http09.status()).as("HTTP/0.9 answers with the body alone").isEqualTo(-1);
        assertThat(http09.body()).isEqualTo("{\"status\":\"UP\"}");
        assertProblem(next, 400, BLANK);
    }

    @Test
    void anAcceptHeaderThatIsNotAListOfMediaTypesCountsAsNone() {
        for (String accept : List.of(";;;/", "application/json;q=abc")) {
            ApiResponse response = api.get(books(), "Accept", accept);

            assertThat(response.status()).as(accept).isEqualTo(200);
            assertThat(response.contentType()).isEqualTo("application/json");
        }
    }

    /** The cursor with its keyset changed and its checksum kept. */
    private static String forge(String cursor) {
        String[] parts = cursor.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String altered = payload + "z";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(altered.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[1];
    }

    private static String catalogue() {
        return api.get("/api/authors?limit=100").body()
                + api.get("/api/books?limit=100").body();
    }

    private static RawHttp raw() {
        return new RawHttp(SERVICE.server().uri());
    }
}
