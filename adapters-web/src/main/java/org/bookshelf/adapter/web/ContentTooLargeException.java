package org.bookshelf.adapter.web;

/** The request body is larger than the API accepts (answered 413). Thrown while the body is read. */
final class ContentTooLargeException extends RuntimeException {

    private final long limit;

    ContentTooLargeException(long limit) {
        super("request bodies are limited to " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
