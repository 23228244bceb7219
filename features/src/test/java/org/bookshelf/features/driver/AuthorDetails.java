package org.bookshelf.features.driver;

/** An author as the catalogue shows it. */
public record AuthorDetails(String id, String name, long version) {}
