package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookshelf.adapter.web.Problems.assertInvalid;
import static org.bookshelf.adapter.web.Problems.assertProblem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code Idempotency-Key} on the registering {@code POST}s, as HTTP shows it: the replayed answer, the
 * refusals and the header's rules. The rule itself (windows, principals, concurrency) is tested on the use
 * cases with every store, in the persistence adapters' contract suite.
 */
class IdempotencyKeyApiTest {

    private static final String KEY = "Idempotency-Key";

    @RegisterExtension
    static final RunningService SERVICE = new RunningService();

    private final ApiClient api = SERVICE.api();

    @Test
    void theSameRequestAgainAnswers201WithTheFirstRegistrationsLocationEtagAndBodyMarkedAsReplayed() {
        long herbert = api.post("/api/authors", "{\"name\":\"Frank Herbert\"}").id();
        ApiResponse first = api.post(
                "/api/books",
                "{\"title\":\"Dune\",\"isbn\":\"0-441-17271-7\",\"published_year\":1965," + "\"author_ids\":[" + herbert
                        + "]}",
                KEY,
                "dune-1");

        ApiResponse again = api.post(
                "/api/books",
                "{ \"author_ids\": [" + herbert + "], \"published_year\": 1965,\n"
                        + "  \"isbn\": \"9780441172719\", \"title\": \"  Dune \" }",
                KEY,
                "dune-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header(IdempotencyKeyHeader.REPLAYED)).isEmpty();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header(IdempotencyKeyHeader.REPLAYED)).hasValue("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location")).isPresent();
        assertThat(again.etag()).isEqualTo(first.etag());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(titled("Dune")).hasSize(1);
    }

    @Test
    void theAnswerGivenAgainShowsTheResourceAsItIsNow() {
        ApiResponse first = api.post("/api/authors", "{\"name\":\"Ursula Le Guin\"}", KEY, "le-guin");
        api.patch("/api/authors/" + first.id(), "{\"name\":\"Ursula K. Le Guin\"}");

        ApiResponse again = api.post("/api/authors", "{\"name\":\"Ursula Le Guin\"}", KEY, "le-guin");

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header(IdempotencyKeyHeader.REPLAYED)).hasValue("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.etag()).isEqualTo("\"2\"");
        assertThat(again.json().get("name").asString()).isEqualTo("Ursula K. Le Guin");
        assertThat(again.json()).isEqualTo(api.get("/api/authors/" + first.id()).json());
    }

    @Test
    void theKeyWithAnotherBodyOrOnTheOtherPostIs422AndChangesNothing() {
        api.post("/api/books", "{\"title\":\"Emma\"}", KEY, "emma-1");

        assertProblem(
                api.post("/api/books", "{\"title\":\"Persuasion\"}", KEY, "emma-1"),
                422,
                "urn:bookshelf:problem:idempotency-key-reused");
        assertProblem(
                api.post("/api/books", "{\"title\":\"Emma\",\"published_year\":1815}", KEY, "emma-1"),
                422,
                "urn:bookshelf:problem:idempotency-key-reused");
        assertProblem(
                api.post("/api/authors", "{\"name\":\"Emma\"}", KEY, "emma-1"),
                422,
                "urn:bookshelf:problem:idempotency-key-reused");

        assertThat(titled("Emma")).hasSize(1);
        assertThat(titled("Persuasion")).isEmpty();
        assertThat(api.get("/api/authors?name=Emma").json().get("items")).isEmpty();
    }

    @Test
    void aRegistrationDeletedSinceIs410() {
        ApiResponse first = api.post("/api/books", "{\"title\":\"Ephemeral\"}", KEY, "ephemeral");
        api.delete("/api/books/" + first.id());

        ApiResponse again = api.post("/api/books", "{\"title\":\"Ephemeral\"}", KEY, "ephemeral");

        assertThat(assertProblem(again, 410, "urn:bookshelf:problem:registration-gone")
                        .get("detail")
                        .asString())
                .startsWith("book " + first.id() + ",");
        assertThat(titled("Ephemeral")).isEmpty();
    }

    @Test
    void aRefusedRequestRecordsNothingSoItsKeyStaysFree() {
        assertProblem(
                api.post("/api/books", "{\"title\":\"Orphan\",\"author_ids\":[999999]}", KEY, "orphan"),
                422,
                "urn:bookshelf:problem:unknown-authors");
        assertInvalid(api.post("/api/books", "{\"title\":\"\"}", KEY, "orphan"));

        ApiResponse registered = api.post("/api/books", "{\"title\":\"Orphan\"}", KEY, "orphan");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header(IdempotencyKeyHeader.REPLAYED)).isEmpty();
    }

    @Test
    void withoutAKeyEveryRequestRegisters() {
        ApiResponse first = api.post("/api/books", "{\"title\":\"Twice\"}");
        ApiResponse second = api.post("/api/books", "{\"title\":\"Twice\"}");

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.header(IdempotencyKeyHeader.REPLAYED)).isEmpty();
        assertThat(titled("Twice")).hasSize(2);
    }

    @Test
    void aKeyIs1To255PrintableAsciiCharactersSentOnceElse400NamingTheHeader() {
        for (String bad : List.of("", "x".repeat(256), "tab\tinside")) {
            List<String> fields = assertInvalid(api.post("/api/books", "{\"title\":\"Badly Keyed\"}", KEY, bad));
            assertThat(fields).as("key [%s]", bad).containsExactly(KEY);
        }
        assertThat(assertInvalid(api.post("/api/authors", "{\"name\":\"Badly Keyed\"}", KEY, "one", KEY, "two")))
                .containsExactly(KEY);
        assertThat(titled("Badly Keyed")).isEmpty();
        assertThat(api.get("/api/authors?name=Badly%20Keyed").json().get("items"))
                .isEmpty();

        for (String good : List.of("x".repeat(255), "a", " !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~")) {
            ApiResponse response = api.post("/api/books", "{\"title\":\"Well Keyed\"}", KEY, good);
            assertThat(response.status()).as("key %s", good).isEqualTo(201);
        }
        assertThat(titled("Well Keyed")).hasSize(3);
    }

    private List<Long> titled(String title) {
        return api.get("/api/books?title=" + title.replace(" ", "%20"))
                .json()
                .get("items")
                .valueStream()
                .map(book -> book.get("id").asLong())
                .toList();
    }
}
