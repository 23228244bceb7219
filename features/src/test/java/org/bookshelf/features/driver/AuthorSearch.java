package org.bookshelf.features.driver;

/**
 * Which authors to list; {@code null} criteria do not apply, so {@link #all()} lists every author.
 *
 * @param name          the exact name
 * @param nameContains  a part of the name, whatever its case
 */
public record AuthorSearch(String name, String nameContains) {

    public static AuthorSearch all() {
        return new AuthorSearch(null, null);
    }

    public static AuthorSearch named(String name) {
        return new AuthorSearch(name, null);
    }

    public static AuthorSearch nameContaining(String part) {
        return new AuthorSearch(null, part);
    }
}
