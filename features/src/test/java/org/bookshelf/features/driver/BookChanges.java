package org.bookshelf.features.driver;

/**
 * Which of a book's details to change; the others stay as they are. Build it from {@link #none()}.
 *
 * @param title            the new title, or {@code null} to keep it
 * @param changesIsbn      whether the ISBN changes; {@code isbn} {@code null} then removes it
 * @param changesYear      whether the year of publication changes; {@code publishedYear} {@code null} then removes it
 */
public record BookChanges(String title, boolean changesIsbn, String isbn, boolean changesYear, Integer publishedYear) {

    /** Changes nothing. */
    public static BookChanges none() {
        return new BookChanges(null, false, null, false, null);
    }

    public BookChanges withTitle(String newTitle) {
        return new BookChanges(newTitle, changesIsbn, isbn, changesYear, publishedYear);
    }

    /** @param newIsbn as people write it, or {@code null} to remove the ISBN */
    public BookChanges withIsbn(String newIsbn) {
        return new BookChanges(title, true, newIsbn, changesYear, publishedYear);
    }

    /** @param newYear or {@code null} to remove the year */
    public BookChanges withPublishedYear(Integer newYear) {
        return new BookChanges(title, changesIsbn, isbn, true, newYear);
    }
}
