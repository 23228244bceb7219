package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assertions on problem-details answers. */
final class Problems {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INVALID = "urn:bookshelf:problem:invalid-request";

    private Problems() {}

    /**
     * Asserts an RFC 9457 answer: the status, {@code application/problem+json}, the type, a title and a
     * detail, conformance to the document's Problem schema, and nothing of the server's insides.
     */
    static JsonNode assertProblem(ApiResponse response, int status, String type) {
        return assertProblem(
                response.toString(), response.status(), response.contentType(), response.body(), status, type);
    }

    /** As {@link #assertProblem(ApiResponse, int, String)}, for an answer to a raw request. */
    static JsonNode assertProblem(RawHttp.Answer answer, int status, String type) {
        return assertProblem(answer.toString(), answer.status(), answer.contentType(), answer.body(), status, type);
    }

    /** Asserts a 400 invalid-request answer and answers the fields its {@code errors} names. */
    static List<String> assertInvalid(ApiResponse response) {
        return fields(assertProblem(response, 400, INVALID), response.body());
    }

    /** As {@link #assertInvalid(ApiResponse)}, for an answer to a raw request. */
    static List<String> assertInvalid(RawHttp.Answer answer) {
        return fields(assertProblem(answer, 400, INVALID), answer.body());
    }

    private static JsonNode assertProblem(
            String response, int actualStatus, String contentType, String body, int status, String type) {
        assertThat(actualStatus).as(response).isEqualTo(status);
        assertThat(contentType).as(response).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("type").asString()).as(response).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(DOCUMENT.violations("Problem", body)).as(response).isEmpty();
        assertThat(body)
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("org.bookshelf", "java.", "tools.jackson", "springframework", "\tat ");
        return problem;
    }

    private static List<String> fields(JsonNode problem, String body) {
        assertThat(DOCUMENT.violations("ValidationProblem", body)).isEmpty();
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
