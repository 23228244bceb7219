package org.bookshelf.features.driver;

/** An author as listed on a book. */
public record AuthorRef(String id, String name) {}
