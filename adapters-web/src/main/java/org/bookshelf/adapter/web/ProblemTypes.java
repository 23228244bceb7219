package org.bookshelf.adapter.web;

import java.net.URI;

/**
 * The {@code type} URIs of the API's problem details (RFC 9457). Problems that only repeat an HTTP status
 * (unknown path, method not allowed, unexpected server error) have the type {@code about:blank}.
 */
final class ProblemTypes {

    private static final String PREFIX = "urn:bookshelf:problem:";

    static final URI INVALID_REQUEST = URI.create(PREFIX + "invalid-request");
    static final URI BOOK_NOT_FOUND = URI.create(PREFIX + "book-not-found");
    static final URI IMPORT_NOT_FOUND = URI.create(PREFIX + "import-not-found");
    static final URI AUTHOR_NOT_FOUND = URI.create(PREFIX + "author-not-found");
    static final URI AUTHOR_STILL_CREDITED = URI.create(PREFIX + "author-still-credited");
    static final URI DUPLICATE_ISBN = URI.create(PREFIX + "duplicate-isbn");
    static final URI AUTHORSHIP_FULL = URI.create(PREFIX + "authorship-full");
    static final URI VERSION_MISMATCH = URI.create(PREFIX + "version-mismatch");
    static final URI UNKNOWN_AUTHORS = URI.create(PREFIX + "unknown-authors");
    static final URI IDEMPOTENCY_KEY_REUSED = URI.create(PREFIX + "idempotency-key-reused");
    static final URI REGISTRATION_GONE = URI.create(PREFIX + "registration-gone");
    static final URI CONTENT_TOO_LARGE = URI.create(PREFIX + "content-too-large");
    static final URI STORE_UNAVAILABLE = URI.create(PREFIX + "store-unavailable");
    static final URI NOT_READY = URI.create(PREFIX + "not-ready");
    static final URI BUSY = URI.create(PREFIX + "busy");

    private ProblemTypes() {}
}
