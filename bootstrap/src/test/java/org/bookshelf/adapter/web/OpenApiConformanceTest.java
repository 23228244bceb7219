package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Holds the code to its OpenAPI document: a walk through every endpoint of the real service, in which
 * every response must be documented for its operation (status, content type, headers) and its body must
 * validate against the documented schema; and every documented operation and success status must have
 * been seen. So neither the document nor the code can drift from the other.
 */
class OpenApiConformanceTest {

    @RegisterExtension
    static final RunningService SERVICE = new RunningService();

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private static final List<String> VIOLATIONS = new ArrayList<>();
    private static final Set<String> SEEN = new HashSet<>();
    private static ApiClient api;

    @BeforeAll
    static void checkEveryResponse() {
        api = SERVICE.api().onResponse(response -> {
            VIOLATIONS.addAll(DOCUMENT.violations(response));
            DOCUMENT.operationFor(response.method(), response.uri().getRawPath())
                    .ifPresent(operation -> SEEN.add(operation + " " + response.status()));
        });
    }

    @Test
    void everyResponseOfEveryEndpointConformsToTheDocument() {
        walkThroughTheWholeApi();

        assertThat(VIOLATIONS).isEmpty();
        Set<String> seenOperations = new HashSet<>();
        SEEN.forEach(seen -> seenOperations.add(seen.substring(0, seen.lastIndexOf(' '))));
        assertThat(seenOperations).containsAll(DOCUMENT.operations());
        for (String operation : DOCUMENT.operations()) {
            for (String status : DOCUMENT.statuses(operation)) {
                if (status.startsWith("2")) {
                    assertThat(SEEN).as("documented success seen").contains(operation + " " + status);
                }
            }
        }
    }

    @Test
    void theDocumentIsServedAsOpenApi31() {
        ApiResponse response = new ApiClient(SERVICE.server().uri()).get("/api/openapi.yaml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/yaml");
        assertThat(response.body()).startsWith("openapi: 3.1.");
        assertThat(DOCUMENT.root().get("openapi").asString()).startsWith("3.1.");
    }

    @Test
    void theChecksCatchDrift() {
        ApiClient plain = SERVICE.api();

        assertThat(DOCUMENT.violations(plain.put("/api/authors", null)))
                .as("undocumented status")
                .isNotEmpty();
        assertThat(DOCUMENT.violations(plain.get("/api/nothing")))
                .as("undocumented path")
                .isNotEmpty();
        assertThat(DOCUMENT.violations("Author", "{\"id\":1,\"name\":\"A\",\"version\":1}"))
                .isEmpty();
        assertThat(DOCUMENT.violations("Author", "{\"id\":1,\"name\":\"A\"}"))
                .as("missing field")
                .isNotEmpty();
        assertThat(DOCUMENT.violations("Author", "{\"id\":\"1\",\"name\":\"A\",\"version\":1}"))
                .as("wrong type")
                .isNotEmpty();
        assertThat(DOCUMENT.violations("Author", "{\"id\":1,\"name\":\"A\",\"version\":1,\"extra\":1}"))
                .as("undocumented field")
                .isNotEmpty();
        assertThat(DOCUMENT.violations(
                        "Book",
                        "{\"id\":1,\"title\":\"T\",\"isbn\":\"123\",\"published_year\":null,"
                                + "\"authors\":[],\"version\":1}"))
                .as("isbn pattern")
                .isNotEmpty();
        assertThat(DOCUMENT.violations(
                        "ValidationProblem",
                        "{\"type\":\"about:blank\",\"title\":\"t\"," + "\"status\":400,\"detail\":\"d\"}"))
                .as("errors required")
                .isNotEmpty();
    }

    private static void walkThroughTheWholeApi() {
        long ada = api.post("/api/authors", "{\"name\":\"Ada Lovelace\"}").id();
        long babbage =
                api.post("/api/authors", "{\"name\":\"Charles Babbage\"}").id();
        ApiResponse lovelace = api.get("/api/authors/" + ada);
        api.get("/api/authors/" + ada, "If-None-Match", lovelace.etag());
        api.get("/api/authors?q=ada&limit=1");
        api.get("/api/authors?name=Charles%20Babbage");
        api.patch("/api/authors/" + babbage, "{\"name\":\"Charles B.\"}", "If-Match", "\"1\"");
        api.patch("/api/authors/" + babbage, "{\"name\":\"Charles Babbage\"}", "If-Match", "\"1\"");

        ApiResponse notes = api.post(
                "/api/books",
                "{\"title\":\"Sketch of the Analytical Engine\",\"isbn\":\"0-13-468599-7\",\"published_year\":1843,"
                        + "\"author_ids\":[" + ada + "]}");
        long book = notes.id();
        api.post("/api/books", "{\"title\":\"Passages from the Life of a Philosopher\"}");
        api.get(
                "/api/books/" + book,
                "If-None-Match",
                api.get("/api/books/" + book).etag());
        ApiResponse firstPage = api.get("/api/books?limit=1");
        api.get("/api/books?limit=1&cursor="
                + firstPage.json().get("next_cursor").asString());
        api.get("/api/books?q=engine");
        api.get("/api/books?author_id=" + ada);
        api.get("/api/books?title=Sketch%20of%20the%20Analytical%20Engine");
        api.patch("/api/books/" + book, "{\"published_year\":null}", "If-Match", notes.etag());
        api.get(
                "/api/books/" + book + "/authors",
                "If-None-Match",
                api.get("/api/books/" + book + "/authors").etag());
        api.put("/api/books/" + book + "/authors/" + babbage, null);
        api.put("/api/books/" + book + "/authors/" + babbage, null);
        api.put("/api/books/" + book + "/authors", "{\"author_ids\":[" + babbage + "," + ada + "]}");
        api.get("/api/authors/" + babbage + "/books");
        api.delete("/api/books/" + book + "/authors/" + babbage);
        api.delete("/api/authors/" + ada);
        api.delete("/api/authors/" + ada + "?unlink=true");
        api.delete("/api/books/" + book);
        api.get("/health");
        api.get("/health/live");
        api.get("/health/ready");
        api.get("/metrics");
        api.get("/api/openapi.yaml");
        long somerville = api.post("/api/authors", "{\"name\":\"Mary Somerville\"}", "Idempotency-Key", "a-1")
                .id();
        api.post("/api/authors", "{\"name\":\"Mary Somerville\"}", "Idempotency-Key", "a-1");
        long connexion = api.post("/api/books", "{\"title\":\"On the Connexion\"}", "Idempotency-Key", "b-1")
                .id();
        api.post("/api/books", "{\"title\":\"On the Connexion\"}", "Idempotency-Key", "b-1");

        // The documented refusals.
        api.withAuthorization(null).get("/metrics");
        api.post("/api/authors", "{\"name\":\"\"}");
        api.post("/api/authors", "{\"name\":\"x\"}", "Content-Type", "text/plain");
        api.post("/api/authors", "{\"name\":\"" + "x".repeat(70_000) + "\"}");
        api.get("/api/authors/" + ada);
        api.get("/api/authors?limit=0");
        api.patch("/api/authors/" + babbage, "{\"name\":\"C. B.\"}", "If-Match", "\"99\"");
        api.delete("/api/authors/" + ada);
        api.get("/api/authors/" + ada + "/books");
        long other = api.post("/api/books", "{\"title\":\"Other\",\"isbn\":\"9780134685991\"}")
                .id();
        api.post("/api/books", "{\"title\":\"Duplicate\",\"isbn\":\"9780134685991\"}");
        api.post("/api/books", "{\"title\":\"Unknown\",\"author_ids\":[" + ada + "]}");
        long another = api.post("/api/books", "{\"title\":\"Another\"}").id();
        api.patch("/api/books/" + another, "{\"isbn\":\"978-0-13-468599-1\"}");
        api.patch("/api/books/" + other, "{\"title\":\"Other\"}", "If-Match", "\"99\"");
        api.get("/api/books/" + book);
        api.get("/api/books/" + book + "/authors");
        api.put("/api/books/" + other + "/authors", "{\"author_ids\":[" + ada + "]}");
        api.put("/api/books/" + other + "/authors", "{\"author_ids\":[]}", "If-Match", "\"99\"");
        api.put("/api/books/" + other + "/authors/" + ada, null);
        String hundred = LongStream.rangeClosed(1, 100)
                .mapToObj(n -> Long.toString(api.post("/api/authors", "{\"name\":\"Contributor " + n + "\"}")
                        .id()))
                .collect(Collectors.joining(","));
        long anthology = api.post("/api/books", "{\"title\":\"Anthology\",\"author_ids\":[" + hundred + "]}")
                .id();
        api.put("/api/books/" + anthology + "/authors/" + babbage, null);
        api.delete("/api/books/" + other + "/authors/" + ada);
        api.delete("/api/books/" + book);
        api.get("/api/books?cursor=forged");
        api.post("/api/authors", "{\"name\":\"Someone Else\"}", "Idempotency-Key", "a-1");
        api.post("/api/books", "{\"title\":\"Something Else\"}", "Idempotency-Key", "b-1");
        api.post("/api/books", "{\"title\":\"Keyed\"}", "Idempotency-Key", "x".repeat(256));
        api.delete("/api/authors/" + somerville);
        api.post("/api/authors", "{\"name\":\"Mary Somerville\"}", "Idempotency-Key", "a-1");
        api.delete("/api/books/" + connexion);
        api.post("/api/books", "{\"title\":\"On the Connexion\"}", "Idempotency-Key", "b-1");

        // Many books at once.
        long imported = api.post(
                        "/api/imports",
                        "{\"title\":\"Imported\",\"authors\":[{\"name\":\"Ada Lovelace\"}]}\n" + "{\"title\":\"\"}\n",
                        "Content-Type",
                        "application/x-ndjson")
                .id();
        api.get("/api/imports/" + imported);
        api.get("/api/exports/books.jsonl");
        api.get("/api/backup");
        api.post("/api/imports", "Name,Year\nDune,1965\n", "Content-Type", "text/csv");
        api.post("/api/imports", "{\"title\":\"Dune\"}");
        api.get("/api/imports/999999");
        api.get("/api/imports/0");
    }
}
