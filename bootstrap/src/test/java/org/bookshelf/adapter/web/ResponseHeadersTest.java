package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every answer says how it may be sniffed, cached and framed. */
class ResponseHeadersTest {

    @RegisterExtension
    static final RunningService SERVICE = new RunningService();

    private final ApiClient api = SERVICE.api();

    private static void assertHeaders(ApiResponse response, String cacheControl, String policyPart) {
        assertThat(response.header("X-Content-Type-Options"))
                .as(response.toString())
                .hasValue("nosniff");
        assertThat(response.header("Cache-Control")).as(response.toString()).hasValue(cacheControl);
        assertThat(response.header("Content-Security-Policy"))
                .as(response.toString())
                .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'", policyPart));
        assertThat(response.header("Set-Cookie")).isEmpty();
    }

    @Test
    void readsWithAnEtagMayBeKeptPrivatelyButMustBeRevalidated() {
        long author = api.post("/api/authors", "{\"name\":\"Cached\"}").id();
        long book = api.post("/api/books", "{\"title\":\"Cached\",\"author_ids\":[" + author + "]}")
                .id();

        assertHeaders(api.get("/api/books/" + book), "private, no-cache", "default-src 'none'");
        assertHeaders(api.get("/api/authors/" + author), "private, no-cache", "default-src 'none'");
        assertHeaders(
                api.withAuthorization(null).get("/api/books/" + book + "/authors"),
                "private, no-cache",
                "default-src 'none'");
    }

    @Test
    void everythingElseIsNotStored() {
        assertHeaders(api.post("/api/authors", "{\"name\":\"Written\"}"), "no-store", "default-src 'none'");
        assertHeaders(api.get("/api/books"), "no-store", "default-src 'none'");
        assertHeaders(api.get("/api/books/987654"), "no-store", "default-src 'none'");
        assertHeaders(
                api.withAuthorization(null).post("/api/authors", "{\"name\":\"Anonymous\"}"),
                "no-store",
                "default-src 'none'");
        assertHeaders(api.withAuthorization("Bearer bks_unknown").get("/api/books"), "no-store", "default-src 'none'");
        assertHeaders(api.get("/health"), "no-store", "default-src 'none'");
    }

    @Test
    void anAnswerThatFitsTheBufferGoesOutWholeWithItsLength() {
        long author = api.post("/api/authors", "{\"name\":\"Framed\"}").id();
        long book = api.post("/api/books", "{\"title\":\"Framed\",\"author_ids\":[" + author + "]}")
                .id();

        ApiResponse read = api.get("/api/books/" + book);

        assertThat(read.header("Transfer-Encoding")).as(read.toString()).isEmpty();
        assertThat(read.header("Content-Length"))
                .hasValue(String.valueOf(read.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void anAnswerLargerThanTheBufferIsStillSentWhole() {
        long author = api.post("/api/authors", "{\"name\":\"Long titles\"}").id();
        String title = "Long ".repeat(95) + "title";
        for (int i = 0; i < 100; i++) {
            api.post("/api/books", "{\"title\":\"" + title + " " + i + "\",\"author_ids\":[" + author + "]}");
        }

        ApiResponse page = api.get("/api/authors/" + author + "/books?limit=100");

        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length)
                .as(page.toString())
                .isGreaterThan(DeferredFlushFilter.BUFFER_BYTES);
        assertThat(page.header("Transfer-Encoding")).hasValue("chunked");
        assertThat(page.body()).contains(title + " 0\"", title + " 99\"").endsWith("}");
    }

    @Test
    void htmlPagesLoadOnlyFromThisOriginAndAreNeverFramed() {
        ApiResponse page = api.get("/api/docs/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertHeaders(page, "no-store", "script-src 'self'");
        assertThat(page.header("X-Frame-Options")).hasValue("DENY");
    }
}
