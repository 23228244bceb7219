package org.bookshelf.features.driver;

/**
 * Which authors to list; {@code null} criteria do not apply, so {@link #all()} lists every author.
 *
 * @param name          the exact name
 * @param words a search as typed ({@code q}): words of the name
 */
public record AuthorSearch(String name, String words) {

    public static AuthorSearch all() {
        return new AuthorSearch(null, null);
    }

    public static AuthorSearch named(String name) {
        return new AuthorSearch(name, null);
    }

    public static AuthorSearch searchingFor(String words) {
        return new AuthorSearch(null, words);
    }
}
