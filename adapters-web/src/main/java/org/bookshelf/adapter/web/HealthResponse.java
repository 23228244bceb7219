package org.bookshelf.adapter.web;

/** The body of a healthy {@code GET /health}: {@code {"status":"UP"}}. */
record HealthResponse(String status) {

    static final HealthResponse UP = new HealthResponse("UP");
}
