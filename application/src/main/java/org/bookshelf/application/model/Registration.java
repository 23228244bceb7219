package org.bookshelf.application.model;

/**
 * What a registering use case answers.
 *
 * @param registered the book or author registered, as it is now
 * @param replayed   {@code true} when an earlier request with the same idempotency key registered it, and
 *                   this one only answered it again
 */
public record Registration<T>(T registered, boolean replayed) {}
