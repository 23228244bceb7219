package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Assertions on problem-details answers. */
final class Problems {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();

    private Problems() {
    }

    /**
     * Asserts an RFC 9457 answer: the status, {@code application/problem+json}, the type, a title and a
     * detail, conformance to the document's Problem schema, and nothing of the server's insides.
     */
    static JsonNode assertProblem(ApiResponse response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).as(response.toString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(DOCUMENT.violations("Problem", response.body())).as(response.toString()).isEmpty();
        assertThat(response.body()).doesNotContainIgnoringCase("exception")
                .doesNotContain("org.bookshelf", "java.", "tools.jackson", "springframework", "\tat ");
        return problem;
    }

    /** Asserts a 400 invalid-request answer and answers the fields its {@code errors} names. */
    static List<String> assertInvalid(ApiResponse response) {
        JsonNode problem = assertProblem(response, 400, "urn:bookshelf:problem:invalid-request");
        assertThat(DOCUMENT.violations("ValidationProblem", response.body())).isEmpty();
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
