package org.bookshelf.adapter.web;

/** The body of a healthy {@code GET /health}, {@code /health/live} or {@code /health/ready}: {@code {"status":"UP"}}. */
record HealthResponse(String status) {

    static final HealthResponse UP = new HealthResponse("UP");
}
