package org.bookshelf.features.driver;

/**
 * Which books to list; {@code null} criteria do not apply, so {@link #all()} lists every book.
 *
 * @param title           the exact title
 * @param words           a search as typed ({@code q}): words of the title, authors or ISBN
 * @param creditedAuthor  the id of an author the books credit
 */
public record BookSearch(String title, String words, String creditedAuthor) {

    public static BookSearch all() {
        return new BookSearch(null, null, null);
    }

    public static BookSearch titled(String title) {
        return new BookSearch(title, null, null);
    }

    public static BookSearch searchingFor(String words) {
        return new BookSearch(null, words, null);
    }

    public static BookSearch creditedTo(String authorId) {
        return new BookSearch(null, null, authorId);
    }
}
