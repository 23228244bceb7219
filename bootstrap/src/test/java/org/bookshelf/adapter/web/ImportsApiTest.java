package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookshelf.adapter.web.Problems.assertInvalid;
import static org.bookshelf.adapter.web.Problems.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bookshelf.adapter.web.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/imports} and {@code GET /api/imports/{id}} over HTTP, and {@code GET /api/exports/books.jsonl}:
 * a body taken as it streams in and imported in the background, its job followed to the end; what cannot be
 * imported at all refused before anything is; and an export that imports as it is.
 */
class ImportsApiTest {

    private static final long IMPORT_MAX_BYTES = 400_000;

    @RegisterExtension
    static final RunningService SERVICE = new RunningService(settings -> settings.withImportMaxBytes(IMPORT_MAX_BYTES));

    private static final String GOODREADS_HEADER = "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,"
            + "My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,"
            + "Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,"
            + "Private Notes,Read Count,Owned Copies";

    @Test
    void json_lines_are_imported_in_the_background_and_the_job_tells_how_it_went() {
        String unique = "jsonl " + System.nanoTime();
        String body = IntStream.range(0, 2500)
                        .mapToObj(i -> "{\"title\":\"" + unique + " " + i + "\",\"authors\":[{\"name\":\"Writer "
                                + unique + " " + (i % 7) + "\"}]}")
                        .collect(Collectors.joining("\n"))
                + "\n{\"title\":\"\"}\nnot json\n";

        ApiResponse started = editor().post("/api/imports", body, "Content-Type", "application/x-ndjson");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String location = started.header("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/imports/" + started.id());
        JsonNode done = awaitEnd(location);
        assertThat(done.get("state").asString()).isEqualTo("done");
        assertThat(counts(done)).containsExactly(2502L, 2500L, 7L, 2500L, 0L, 2L);
        assertThat(done.get("errors").values())
                .extracting(error -> error.get("line").asLong())
                .containsExactly(2501L, 2502L);
        assertThat(done.get("errors").get(0).get("message").asString()).isEqualTo("title must not be blank");
        assertThat(SERVICE.api()
                        .get("/api/books?q=" + unique.replace(' ', '+') + "+2499")
                        .json()
                        .get("items")
                        .get(0)
                        .get("authors")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Writer " + unique + " " + 2499 % 7);
    }

    @Test
    void the_metrics_count_the_imports_and_their_rows() {
        double rowsBefore = metric("bookshelf_import_rows_total");
        double rejectedBefore = metric("bookshelf_import_rows_rejected_total");
        double doneBefore = metric("bookshelf_imports_total{state=\"done\"}");
        String unique = "measured " + System.nanoTime();

        ApiResponse started = editor().post(
                        "/api/imports",
                        "{\"title\":\"" + unique + " 1\"}\n{\"title\":\"" + unique + " 2\"}\n{\"title\":\"\"}\n",
                        "Content-Type",
                        "application/x-ndjson");
        awaitEnd(started.header("Location").orElseThrow());
        // The job is marked done in the store just before its thread counts it.
        for (long deadline = System.nanoTime() + 10_000_000_000L;
                metric("bookshelf_imports_total{state=\"done\"}") == doneBefore && System.nanoTime() < deadline; ) {
            Thread.onSpinWait();
        }

        assertThat(metric("bookshelf_import_rows_total") - rowsBefore).isEqualTo(3);
        assertThat(metric("bookshelf_import_rows_rejected_total") - rejectedBefore)
                .isEqualTo(1);
        assertThat(metric("bookshelf_imports_total{state=\"done\"}") - doneBefore)
                .isEqualTo(1);
        assertThat(metric("bookshelf_imports_running")).isZero();
    }

    /** The value of the sample {@code series} (a name, with its labels if any) at {@code /metrics}; 0 when absent. */
    private static double metric(String series) {
        return SERVICE.api()
                .get("/metrics")
                .body()
                .lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line ->
                        Double.parseDouble(line.substring(series.length() + 1).strip()))
                .findFirst()
                .orElse(0);
    }

    @Test
    void a_goodreads_export_imports_and_importing_it_again_creates_nothing() {
        String title = "Dune " + System.nanoTime();
        String csv = "\uFEFF" + GOODREADS_HEADER + "\r\n" + "1,\"" + title + "\",Frank Herbert,\"Herbert, Frank\",,"
                + "\"=\"\"\"\"\",\"=\"\"\"\"\",5,4.25,Ace,Paperback,604,1990,1965,,2020/01/02,,,read,\"Great, truly\",,,1,0\r\n";

        JsonNode first = awaitEnd(editor().post("/api/imports", csv, "Content-Type", "text/csv; charset=utf-8")
                .header("Location")
                .orElseThrow());
        JsonNode again = awaitEnd(editor().post("/api/imports", csv, "Content-Type", "text/csv")
                .header("Location")
                .orElseThrow());

        assertThat(counts(first)).containsExactly(1L, 1L, 1L, 1L, 0L, 0L);
        assertThat(counts(again)).containsExactly(1L, 0L, 0L, 0L, 1L, 0L);
        JsonNode book = SERVICE.api()
                .get("/api/books?title=" + title.replace(' ', '+'))
                .json()
                .get("items")
                .get(0);
        assertThat(book.get("published_year").asInt()).isEqualTo(1990);
        assertThat(book.get("isbn").isNull()).isTrue();
    }

    @Test
    void a_csv_that_is_not_a_goodreads_export_is_refused_and_nothing_is_imported() {
        String title = "Not imported " + System.nanoTime();

        ApiResponse refused =
                editor().post("/api/imports", "Name,Year\n" + title + ",1999\n", "Content-Type", "text/csv");

        assertThat(assertInvalid(refused)).containsExactly("body");
        assertThat(SERVICE.api()
                        .get("/api/books?title=" + title.replace(' ', '+'))
                        .json()
                        .get("items")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void a_body_of_another_type_or_over_the_import_limit_is_refused() {
        assertProblem(editor().post("/api/imports", "{\"title\":\"Dune\"}"), 415, "about:blank");
        String tooLarge = "{\"title\":\"x\"}\n".repeat((int) (IMPORT_MAX_BYTES / 14 + 1));
        assertProblem(
                editor().post("/api/imports", tooLarge, "Content-Type", "application/x-ndjson"),
                413,
                "urn:bookshelf:problem:content-too-large");
        assertProblem(
                editor().sendChunked(
                                "POST",
                                "/api/imports",
                                tooLarge.getBytes(StandardCharsets.UTF_8),
                                "Content-Type",
                                "application/x-ndjson"),
                413,
                "urn:bookshelf:problem:content-too-large");
        ApiResponse largerThanOtherBodies = editor().post(
                        "/api/imports",
                        "{\"title\":\"x\"}\n".repeat(100_000 / 14),
                        "Content-Type",
                        "application/x-ndjson");
        assertThat(largerThanOtherBodies.status())
                .as("above the 64 KiB of other bodies, below the import limit")
                .isEqualTo(202);
        awaitEnd(largerThanOtherBodies.header("Location").orElseThrow());
    }

    @Test
    void an_unknown_import_is_not_found_and_a_malformed_id_is_invalid() {
        assertProblem(SERVICE.api().get("/api/imports/999999"), 404, "urn:bookshelf:problem:import-not-found");
        assertThat(assertInvalid(SERVICE.api().get("/api/imports/0"))).containsExactly("id");
    }

    @Test
    void the_export_writes_each_book_as_the_api_shows_it_and_imports_as_it_is() {
        ApiClient api = SERVICE.api();
        String unique = "export " + System.nanoTime();
        long author =
                api.post("/api/authors", "{\"name\":\"Ada " + unique + "\"}").id();
        long book = api.post(
                        "/api/books",
                        "{\"title\":\"Notes " + unique + "\",\"isbn\":\"0-306-40615-2\","
                                + "\"published_year\":1843,\"author_ids\":[" + author + "]}")
                .id();

        ApiResponse export = api.withAuthorization(null).get("/api/exports/books.jsonl");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        List<String> lines = export.body().lines().toList();
        assertThat(lines).contains(api.get("/api/books/" + book).body());
        JsonNode reimported =
                awaitEnd(editor().post("/api/imports", export.body(), "Content-Type", "application/x-ndjson")
                        .header("Location")
                        .orElseThrow());
        assertThat(reimported.get("already_present").asLong()).isEqualTo(lines.size());
        assertThat(reimported.get("books_created").asLong()).isZero();
    }

    private static ApiClient editor() {
        return SERVICE.api().withAuthorization(SERVICE.tokens().bearer(Role.EDITOR));
    }

    /** The import's last state, once it is no longer running. */
    private static JsonNode awaitEnd(String location) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode job = SERVICE.api().withAuthorization(null).get(location).json();
            if (!job.get("state").asString().equals("running")) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the import at " + location + " still runs: " + job);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** rows, books_created, authors_created, links_created, already_present, rejected. */
    private static List<Long> counts(JsonNode job) {
        List<Long> counts = new ArrayList<>();
        for (String field :
                List.of("rows", "books_created", "authors_created", "links_created", "already_present", "rejected")) {
            counts.add(job.get(field).asLong());
        }
        return counts;
    }
}
