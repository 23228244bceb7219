package org.bookshelf.adapter.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One answer of the service, with what was asked. */
record ApiResponse(String method, URI uri, HttpResponse<String> raw) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    int status() {
        return raw.statusCode();
    }

    String body() {
        return raw.body();
    }

    JsonNode json() {
        return JSON.readTree(raw.body());
    }

    Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    String contentType() {
        return header("Content-Type").orElse("");
    }

    String etag() {
        return header("ETag").orElseThrow(() -> new AssertionError("no ETag in " + this));
    }

    /** The id of the resource in the body. */
    long id() {
        return json().get("id").asLong();
    }

    @Override
    public String toString() {
        return method + " " + uri + " -> " + status() + " " + contentType() + " " + body();
    }
}
