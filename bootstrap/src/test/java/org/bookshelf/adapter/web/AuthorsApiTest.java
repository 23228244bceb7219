package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookshelf.adapter.web.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class AuthorsApiTest {

    @RegisterExtension
    static final RunningService SERVICE = new RunningService();

    private final ApiClient api = SERVICE.api();

    @Test
    void registeringAnswers201WithLocationEtagAndTheAuthor() {
        ApiResponse created = api.post("/api/authors", "{\"name\":\"  Grace Hopper  \"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        JsonNode author = created.json();
        assertThat(author.get("name").asString()).isEqualTo("Grace Hopper");
        assertThat(author.get("version").asLong()).isEqualTo(1);
        assertThat(created.etag()).isEqualTo("\"1\"");
        assertThat(created.header("Location")).hasValue("/api/authors/" + created.id());
        assertThat(api.get(created.header("Location").orElseThrow()).json()).isEqualTo(author);
    }

    @Test
    void readingAnswersTheAuthorWithItsEtagOr404() {
        long id = api.post("/api/authors", "{\"name\":\"Edsger Dijkstra\"}").id();

        ApiResponse found = api.get("/api/authors/" + id);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.etag()).isEqualTo("\"1\"");
        assertThat(found.body()).isEqualTo("{\"id\":" + id + ",\"name\":\"Edsger Dijkstra\",\"version\":1}");
        ApiResponse unchanged = api.get("/api/authors/" + id, "If-None-Match", found.etag());
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        api.patch("/api/authors/" + id, "{\"name\":\"E. W. Dijkstra\"}");
        ApiResponse changed = api.get("/api/authors/" + id, "If-None-Match", found.etag());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"2\"");

        assertProblem(api.get("/api/authors/999999"), 404, "urn:bookshelf:problem:author-not-found");
    }

    @Test
    void renamingMovesTheVersionAndHonoursIfMatch() {
        long id = api.post("/api/authors", "{\"name\":\"Alan Turing\"}").id();

        ApiResponse renamed = api.patch("/api/authors/" + id, "{\"name\":\"A. M. Turing\"}", "If-Match", "\"1\"");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.etag()).isEqualTo("\"2\"");
        assertThat(renamed.json().get("name").asString()).isEqualTo("A. M. Turing");

        assertProblem(
                api.patch("/api/authors/" + id, "{\"name\":\"Stale\"}", "If-Match", "\"1\""),
                412,
                "urn:bookshelf:problem:version-mismatch");
        assertThat(api.get("/api/authors/" + id).json().get("name").asString()).isEqualTo("A. M. Turing");

        ApiResponse unconditional = api.patch("/api/authors/" + id, "{\"name\":\"Alan Turing\"}");
        assertThat(unconditional.status()).isEqualTo(200);
        assertThat(unconditional.etag()).isEqualTo("\"3\"");
        ApiResponse any = api.patch("/api/authors/" + id, "{\"name\":\"Alan Turing\"}", "If-Match", "*");
        assertThat(any.etag()).as("the same name changes nothing").isEqualTo("\"3\"");
        ApiResponse listed = api.patch("/api/authors/" + id, "{\"name\":\"Turing\"}", "If-Match", "\"1\", \"3\"");
        assertThat(listed.etag()).isEqualTo("\"4\"");
        assertProblem(
                api.patch("/api/authors/" + id, "{\"name\":\"X\"}", "If-Match", "W/\"4\""),
                412,
                "urn:bookshelf:problem:version-mismatch");
        assertProblem(
                api.patch("/api/authors/" + id, "{\"name\":\"X\"}", "If-Match", "\"1\", \"2\""),
                412,
                "urn:bookshelf:problem:version-mismatch");
        assertThat(api.get("/api/authors/" + id).etag()).isEqualTo("\"4\"");

        assertProblem(
                api.patch("/api/authors/999999", "{\"name\":\"Nobody\"}"),
                404,
                "urn:bookshelf:problem:author-not-found");
        assertProblem(
                api.patch("/api/authors/999999", "{\"name\":\"Nobody\"}", "If-Match", "\"1\", \"2\""),
                404,
                "urn:bookshelf:problem:author-not-found");
        ApiResponse mergePatch = api.patch(
                "/api/authors/" + id, "{\"name\":\"Alan Turing\"}", "Content-Type", "application/merge-patch+json");
        assertThat(mergePatch.status()).isEqualTo(200);
    }

    @Test
    void deletingIsRefusedWhileCreditedUnlessUnlinked() {
        long id = api.post("/api/authors", "{\"name\":\"Barbara Liskov\"}").id();
        ApiResponse book =
                api.post("/api/books", "{\"title\":\"Program Development in Java\",\"author_ids\":[" + id + "]}");

        assertProblem(api.delete("/api/authors/" + id), 409, "urn:bookshelf:problem:author-still-credited");
        assertThat(api.get("/api/authors/" + id).status()).isEqualTo(200);

        ApiResponse deleted = api.delete("/api/authors/" + id + "?unlink=true");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertProblem(api.get("/api/authors/" + id), 404, "urn:bookshelf:problem:author-not-found");
        JsonNode after = api.get("/api/books/" + book.id()).json();
        assertThat(after.get("authors")).isEmpty();
        assertThat(after.get("version").asLong())
                .as("unlinking moves the book's version")
                .isEqualTo(2);

        assertProblem(api.delete("/api/authors/" + id), 404, "urn:bookshelf:problem:author-not-found");
        long uncredited =
                api.post("/api/authors", "{\"name\":\"Nobody's Author\"}").id();
        assertThat(api.delete("/api/authors/" + uncredited).status()).isEqualTo(204);
    }

    @Test
    void findingPagesThroughAuthorsByNameWithAnOpaqueCursor() {
        for (String name : List.of("Page Zeta", "page alpha", "Page Beta", "Page Beta")) {
            api.post("/api/authors", "{\"name\":\"" + name + "\"}");
        }

        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiResponse page = api.get("/api/authors?q=PAGE&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(item -> names.add(item.get("name").asString()));
            JsonNode next = page.json().get("next_cursor");
            cursor = next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null);

        assertThat(names).containsExactly("page alpha", "Page Beta", "Page Beta", "Page Zeta");
        assertThat(pages).isEqualTo(2);

        JsonNode exact = api.get("/api/authors?name=Page%20Beta").json();
        assertThat(exact.get("items")).hasSize(2);
        assertThat(exact.get("next_cursor").isNull()).isTrue();
        assertThat(api.get("/api/authors?name=Page%20Beta&q=zeta").json().get("items"))
                .isEmpty();
        assertThat(api.get("/api/authors?q=page").json().get("items")).hasSize(4);
        assertThat(api.get("/api/authors").json().get("items").size()).isLessThanOrEqualTo(20);
    }

    @Test
    void listingTheBooksOfAnAuthorPagesByTitleOr404() {
        long id = api.post("/api/authors", "{\"name\":\"Donald Knuth\"}").id();
        long coauthor =
                api.post("/api/authors", "{\"name\":\"Oren Patashnik\"}").id();
        api.post("/api/books", "{\"title\":\"The Art of Computer Programming\",\"author_ids\":[" + id + "]}");
        api.post("/api/books", "{\"title\":\"Concrete Mathematics\",\"author_ids\":[" + coauthor + "," + id + "]}");
        api.post("/api/books", "{\"title\":\"Unrelated\"}");

        ApiResponse first = api.get("/api/authors/" + id + "/books?limit=1");
        assertThat(first.status()).isEqualTo(200);
        JsonNode book = first.json().get("items").get(0);
        assertThat(book.get("title").asString()).isEqualTo("Concrete Mathematics");
        assertThat(book.get("authors"))
                .extracting(author -> author.get("name").asString())
                .containsExactly("Oren Patashnik", "Donald Knuth");
        String cursor = first.json().get("next_cursor").asString();

        JsonNode second = api.get("/api/authors/" + id + "/books?limit=1&cursor=" + cursor)
                .json();
        assertThat(second.get("items").get(0).get("title").asString()).isEqualTo("The Art of Computer Programming");
        assertThat(second.get("next_cursor").isNull()).isTrue();

        assertProblem(api.get("/api/authors/999999/books"), 404, "urn:bookshelf:problem:author-not-found");
        assertThat(Problems.assertInvalid(api.get("/api/books?cursor=" + cursor)))
                .containsExactly("cursor");
    }
}
