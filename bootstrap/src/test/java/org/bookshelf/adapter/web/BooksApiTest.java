package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookshelf.adapter.web.Problems.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class BooksApiTest {

    @RegisterExtension
    static final RunningService SERVICE = new RunningService();

    private final ApiClient api = SERVICE.api();

    private long author(String name) {
        return api.post("/api/authors", "{\"name\":\"" + name + "\"}").id();
    }

    private static List<String> authorNames(JsonNode book) {
        return book.get("authors")
                .valueStream()
                .map(author -> author.get("name").asString())
                .toList();
    }

    @Test
    void registeringAnswers201WithTheBookItsAuthorsInOrderAndHeaders() {
        long kernighan = author("Brian Kernighan");
        long ritchie = author("Dennis Ritchie");

        ApiResponse created = api.post(
                "/api/books",
                "{\"title\":\"The C Programming Language\","
                        + "\"isbn\":\"0-13-110362-8\",\"published_year\":1978,\"author_ids\":[" + ritchie + ","
                        + kernighan + "]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/api/books/" + created.id());
        assertThat(created.etag())
                .as("the book's version, then its authors' versions added up")
                .isEqualTo("\"1.2\"");
        assertThat(created.body())
                .isEqualTo("{\"id\":" + created.id() + ",\"title\":\"The C Programming Language\","
                        + "\"isbn\":\"9780131103627\",\"published_year\":1978,\"authors\":[{\"id\":" + ritchie
                        + ",\"name\":\"Dennis Ritchie\"},{\"id\":" + kernighan
                        + ",\"name\":\"Brian Kernighan\"}],\"version\":1}");

        ApiResponse bare = api.post("/api/books", "{\"title\":\"Anonymous\"}");
        assertThat(bare.status()).isEqualTo(201);
        assertThat(bare.json().get("isbn").isNull()).isTrue();
        assertThat(bare.json().get("published_year").isNull()).isTrue();
        assertThat(bare.json().get("authors")).isEmpty();
    }

    @Test
    void registeringRefusesUnknownAuthorsWith422AndDuplicateIsbnsWith409() {
        long known = author("Known Author");
        ApiResponse unknown =
                api.post("/api/books", "{\"title\":\"Ghost\",\"author_ids\":[" + known + ",888888,777777]}");
        JsonNode problem = assertProblem(unknown, 422, "urn:bookshelf:problem:unknown-authors");
        assertThat(problem.get("unknown_author_ids"))
                .extracting(JsonNode::asLong)
                .containsExactly(777777L, 888888L);
        assertThat(api.get("/api/books?title=Ghost").json().get("items")).isEmpty();

        api.post("/api/books", "{\"title\":\"First\",\"isbn\":\"978-3-16-148410-0\"}");
        assertProblem(
                api.post("/api/books", "{\"title\":\"Second\",\"isbn\":\"9783161484100\"}"),
                409,
                "urn:bookshelf:problem:duplicate-isbn");
        assertThat(api.get("/api/books?title=Second").json().get("items")).isEmpty();
    }

    @Test
    void readingAnswersTheBookWithEtagOr404() {
        ApiResponse created = api.post("/api/books", "{\"title\":\"Readable\"}");

        ApiResponse found = api.get("/api/books/" + created.id());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.etag()).isEqualTo("\"1.0\"");
        assertThat(found.json()).isEqualTo(created.json());
        assertProblem(api.get("/api/books/999999"), 404, "urn:bookshelf:problem:book-not-found");
    }

    @Test
    void patchingIsAMergePatchThatHonoursIfMatch() {
        ApiResponse created =
                api.post("/api/books", "{\"title\":\"Draft\",\"isbn\":\"0-306-40615-2\",\"published_year\":2000}");
        String path = "/api/books/" + created.id();

        ApiResponse titled = api.patch(path, "{\"title\":\"Final\"}", "If-Match", created.etag());
        assertThat(titled.status()).isEqualTo(200);
        assertThat(titled.etag()).isEqualTo("\"2.0\"");
        assertThat(titled.json().get("isbn").asString()).as("left out: kept").isEqualTo("9780306406157");
        assertThat(titled.json().get("published_year").asInt()).isEqualTo(2000);

        ApiResponse cleared = api.patch(
                path, "{\"isbn\":null,\"published_year\":null}", "Content-Type", "application/merge-patch+json");
        assertThat(cleared.json().get("isbn").isNull()).isTrue();
        assertThat(cleared.json().get("published_year").isNull()).isTrue();
        assertThat(cleared.json().get("title").asString()).isEqualTo("Final");
        assertThat(cleared.etag()).isEqualTo("\"3.0\"");

        assertThat(api.patch(path, "{}").etag()).as("nothing to change").isEqualTo("\"3.0\"");
        assertProblem(
                api.patch(path, "{\"title\":\"Stale\"}", "If-Match", titled.etag()),
                412,
                "urn:bookshelf:problem:version-mismatch");
        assertProblem(
                api.patch(path, "{\"title\":\"Stale\"}", "If-Match", "\"3\""),
                412,
                "urn:bookshelf:problem:version-mismatch");
        assertProblem(
                api.patch(path, "{\"title\":\"Stale\"}", "If-Match", "W/\"3.0\""),
                412,
                "urn:bookshelf:problem:version-mismatch");
        assertThat(api.get(path).json().get("title").asString()).isEqualTo("Final");

        api.post("/api/books", "{\"title\":\"Holder\",\"isbn\":\"9780131103627\"}");
        assertProblem(api.patch(path, "{\"isbn\":\"0-13-110362-8\"}"), 409, "urn:bookshelf:problem:duplicate-isbn");
        assertProblem(
                api.patch("/api/books/999999", "{\"title\":\"Nobody\"}"), 404, "urn:bookshelf:problem:book-not-found");
    }

    @Test
    void deletingABookKeepsItsAuthors() {
        long author = author("Survivor");
        long id = api.post("/api/books", "{\"title\":\"Doomed\",\"author_ids\":[" + author + "]}")
                .id();

        ApiResponse deleted = api.delete("/api/books/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertProblem(api.get("/api/books/" + id), 404, "urn:bookshelf:problem:book-not-found");
        assertThat(api.get("/api/authors/" + author).status()).isEqualTo(200);
        assertProblem(api.delete("/api/books/" + id), 404, "urn:bookshelf:problem:book-not-found");
    }

    @Test
    void creditingAnswers201ThenIdempotently200AndAppends() {
        long first = author("First Credited");
        long second = author("Second Credited");
        long id = api.post("/api/books", "{\"title\":\"Credits\",\"author_ids\":[" + first + "]}")
                .id();

        ApiResponse credited = api.put("/api/books/" + id + "/authors/" + second, null);
        assertThat(credited.status()).isEqualTo(201);
        assertThat(credited.etag()).isEqualTo("\"2.2\"");
        assertThat(authorNames(credited.json())).containsExactly("First Credited", "Second Credited");

        ApiResponse again = api.put("/api/books/" + id + "/authors/" + first, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.etag()).as("nothing changed").isEqualTo("\"2.2\"");
        assertThat(authorNames(again.json())).containsExactly("First Credited", "Second Credited");

        assertProblem(api.put("/api/books/999999/authors/" + first, null), 404, "urn:bookshelf:problem:book-not-found");
        assertProblem(
                api.put("/api/books/" + id + "/authors/999999", null), 404, "urn:bookshelf:problem:author-not-found");
    }

    @Test
    void creditingABookThatAlreadyHas100AuthorsIsAConflictButCreditingOneOfThemAgainIsNot() {
        List<Long> hundred = LongStream.rangeClosed(1, 100)
                .mapToObj(n -> author("Contributor " + n))
                .toList();
        String ids = hundred.stream().map(String::valueOf).collect(Collectors.joining(","));
        ApiResponse anthology = api.post("/api/books", "{\"title\":\"Anthology\",\"author_ids\":[" + ids + "]}");
        String path = "/api/books/" + anthology.id();
        long oneTooMany = author("One Too Many");

        JsonNode problem = assertProblem(
                api.put(path + "/authors/" + oneTooMany, null), 409, "urn:bookshelf:problem:authorship-full");
        assertThat(problem.get("title").asString()).isEqualTo("Authorship full");
        assertThat(problem.get("detail").asString()).contains("100");
        assertThat(api.get(path).json()).isEqualTo(anthology.json());

        ApiResponse again = api.put(path + "/authors/" + hundred.get(41), null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(anthology.json());
        assertProblem(
                api.put(path + "/authors", "{\"author_ids\":[" + ids + "," + oneTooMany + "]}"),
                400,
                "urn:bookshelf:problem:invalid-request");
    }

    @Test
    void removingACreditAnswers204EitherWayAnd404ForUnknownIds() {
        long first = author("Stays");
        long second = author("Leaves");
        long third = author("Stays Too");
        long id = api.post(
                        "/api/books",
                        "{\"title\":\"Removal\",\"author_ids\":[" + first + "," + second + "," + third + "]}")
                .id();

        assertThat(api.delete("/api/books/" + id + "/authors/" + second).status())
                .isEqualTo(204);
        ApiResponse after = api.get("/api/books/" + id);
        assertThat(authorNames(after.json())).containsExactly("Stays", "Stays Too");
        assertThat(after.etag()).isEqualTo("\"2.2\"");
        assertThat(api.delete("/api/books/" + id + "/authors/" + second).status())
                .isEqualTo(204);
        assertThat(api.get("/api/books/" + id).etag()).isEqualTo("\"2.2\"");

        assertProblem(api.delete("/api/books/999999/authors/" + first), 404, "urn:bookshelf:problem:book-not-found");
        assertProblem(
                api.delete("/api/books/" + id + "/authors/999999"), 404, "urn:bookshelf:problem:author-not-found");
    }

    @Test
    void theOrderedAuthorsCanBeReadAndReplacedUnderIfMatch() {
        long a = author("Order A");
        long b = author("Order B");
        long c = author("Order C");
        long id = api.post("/api/books", "{\"title\":\"Ordering\",\"author_ids\":[" + a + "," + b + "]}")
                .id();
        String path = "/api/books/" + id + "/authors";

        ApiResponse authors = api.get(path);
        assertThat(authors.status()).isEqualTo(200);
        assertThat(authors.etag()).as("the book's").isEqualTo("\"1.2\"");
        assertThat(authors.body())
                .isEqualTo("[{\"id\":" + a + ",\"name\":\"Order A\"},{\"id\":" + b + ",\"name\":\"Order B\"}]");

        ApiResponse replaced = api.put(path, "{\"author_ids\":[" + c + "," + a + "]}", "If-Match", authors.etag());
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.etag()).isEqualTo("\"2.2\"");
        assertThat(authorNames(replaced.json())).containsExactly("Order C", "Order A");

        assertProblem(
                api.put(path, "{\"author_ids\":[]}", "If-Match", authors.etag()),
                412,
                "urn:bookshelf:problem:version-mismatch");
        JsonNode problem = assertProblem(
                api.put(path, "{\"author_ids\":[" + a + ",999999]}"), 422, "urn:bookshelf:problem:unknown-authors");
        assertThat(problem.get("unknown_author_ids"))
                .extracting(JsonNode::asLong)
                .containsExactly(999999L);
        assertThat(authorNames(api.get("/api/books/" + id).json())).containsExactly("Order C", "Order A");

        ApiResponse emptied = api.put(path, "{\"author_ids\":[]}");
        assertThat(emptied.json().get("authors")).isEmpty();
        assertProblem(api.get("/api/books/999999/authors"), 404, "urn:bookshelf:problem:book-not-found");
        assertProblem(
                api.put("/api/books/999999/authors", "{\"author_ids\":[]}"),
                404,
                "urn:bookshelf:problem:book-not-found");
    }

    @Test
    void aBooksEtagMovesWhenAnAuthorIsCreditedRenamedOrRemoved() {
        long shown = author("Shown");
        long other = author("Other");
        long id = api.post("/api/books", "{\"title\":\"Tagged\",\"author_ids\":[" + shown + "]}")
                .id();
        String path = "/api/books/" + id;
        List<String> etags = new ArrayList<>(List.of(api.get(path).etag()));

        api.put(path + "/authors/" + other, null);
        etags.add(api.get(path).etag());
        api.patch("/api/authors/" + other, "{\"name\":\"Other, renamed\"}");
        etags.add(api.get(path).etag());
        api.delete(path + "/authors/" + other);
        etags.add(api.get(path).etag());
        api.patch("/api/authors/" + other, "{\"name\":\"Other, renamed again\"}");
        etags.add(api.get(path).etag());

        assertThat(etags).containsExactly("\"1.1\"", "\"2.2\"", "\"2.3\"", "\"3.1\"", "\"3.1\"");
        assertThat(api.get(path).json().get("version").asLong())
                .as("the book's own version")
                .isEqualTo(3);
    }

    @Test
    void aConditionalGetAnswers304UntilTheBookOrOneOfItsAuthorsChanges() {
        long renamed = author("Before Rename");
        long id = api.post("/api/books", "{\"title\":\"Cached\",\"author_ids\":[" + renamed + "]}")
                .id();
        long uncredited = author("Not On The Book");

        for (String path : List.of("/api/books/" + id, "/api/books/" + id + "/authors")) {
            ApiResponse first = api.get(path);
            ApiResponse unchanged = api.get(path, "If-None-Match", first.etag());
            assertThat(unchanged.status()).as(path).isEqualTo(304);
            assertThat(unchanged.body()).isEmpty();
            assertThat(unchanged.etag()).isEqualTo(first.etag());
            assertThat(api.get(path, "If-None-Match", "W/" + first.etag()).status())
                    .as("If-None-Match compares weakly")
                    .isEqualTo(304);
            assertThat(api.get(path, "If-None-Match", "\"1\"").status())
                    .as("the old plain form")
                    .isEqualTo(200);
        }
        api.patch("/api/authors/" + uncredited, "{\"name\":\"Still Not On The Book\"}");
        String cached = api.get("/api/books/" + id).etag();
        assertThat(api.get("/api/books/" + id, "If-None-Match", cached).status())
                .isEqualTo(304);

        api.patch("/api/authors/" + renamed, "{\"name\":\"After Rename\"}");

        for (String path : List.of("/api/books/" + id, "/api/books/" + id + "/authors")) {
            ApiResponse stale = api.get(path, "If-None-Match", cached);
            assertThat(stale.status())
                    .as("a copy showing the old name is stale: " + path)
                    .isEqualTo(200);
            assertThat(stale.etag()).isNotEqualTo(cached);
            assertThat(stale.body()).contains("After Rename");
        }
    }

    @Test
    void aChangeOnACopyShowingAnAuthorSinceRenamedFailsItsPreconditionThoughTheBooksVersionDidNotMove() {
        long renamed = author("Old Name");
        long id = api.post("/api/books", "{\"title\":\"Read Earlier\",\"author_ids\":[" + renamed + "]}")
                .id();
        String path = "/api/books/" + id;
        String readEarlier = api.get(path).etag();

        api.patch("/api/authors/" + renamed, "{\"name\":\"New Name\"}");

        assertProblem(
                api.patch(path, "{\"title\":\"Changed\"}", "If-Match", readEarlier),
                412,
                "urn:bookshelf:problem:version-mismatch");
        assertProblem(
                api.put(path + "/authors", "{\"author_ids\":[]}", "If-Match", readEarlier),
                412,
                "urn:bookshelf:problem:version-mismatch");
        ApiResponse now = api.get(path);
        assertThat(now.json().get("title").asString()).isEqualTo("Read Earlier");
        assertThat(authorNames(now.json())).containsExactly("New Name");
        assertThat(now.json().get("version").asLong()).isEqualTo(1);

        ApiResponse changed = api.patch(path, "{\"title\":\"Changed\"}", "If-Match", "\"1.1\", " + now.etag());
        assertThat(changed.status()).as("one of the listed tags is current").isEqualTo(200);
        ApiResponse any = api.put(path + "/authors", "{\"author_ids\":[]}", "If-Match", "*");
        assertThat(any.status()).isEqualTo(200);
        assertThat(any.etag()).isEqualTo("\"3.0\"");
    }

    @Test
    void findingBooksByTitleSubstringOrAuthorPagesByTitle() {
        long author = author("Find Me");
        for (String title : List.of("Search B", "search a", "Search C")) {
            api.post("/api/books", "{\"title\":\"" + title + "\",\"author_ids\":[" + author + "]}");
        }
        api.post("/api/books", "{\"title\":\"Search D\"}");

        JsonNode first = api.get("/api/books?author_id=" + author + "&limit=2").json();
        assertThat(first.get("items"))
                .extracting(book -> book.get("title").asString())
                .containsExactly("search a", "Search B");
        assertThat(first.get("items").get(0).get("authors").get(0).get("name").asString())
                .isEqualTo("Find Me");
        JsonNode second = api.get("/api/books?author_id=" + author + "&limit=2&cursor="
                        + first.get("next_cursor").asString())
                .json();
        assertThat(second.get("items"))
                .extracting(book -> book.get("title").asString())
                .containsExactly("Search C");
        assertThat(second.get("next_cursor").isNull()).isTrue();

        assertThat(api.get("/api/books?q=SEARCH").json().get("items")).hasSize(4);
        assertThat(api.get("/api/books?title=Search%20D").json().get("items")).hasSize(1);
        assertThat(api.get("/api/books?title=search%20d").json().get("items"))
                .as("title is exact")
                .isEmpty();
        assertThat(api.get("/api/books?q=search&author_id=" + author).json().get("items"))
                .hasSize(3);
        assertThat(api.get("/api/books?author_id=999999").json().get("items")).isEmpty();
    }
}
