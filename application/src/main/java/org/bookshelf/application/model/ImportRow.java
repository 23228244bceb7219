package org.bookshelf.application.model;

import java.util.List;
import java.util.Objects;

/**
 * One book of an import file as the file's format reader saw it, before the catalogue's rules are
 * applied: the raw values of a readable row, or why the row could not be read at all.
 *
 * @param line          where the row starts in the file, counting from 1 (its first line, for a row
 *                      whose quoted values span several)
 * @param title         as written, or {@code null} when the row has none
 * @param isbn          as written (ISBN-10 or ISBN-13, hyphens allowed), or {@code null} for none
 * @param publishedYear {@code null} when unknown
 * @param authorNames   the names as written, in credit order
 * @param unreadable    why the row could not be read (a malformed line), or {@code null} when it could;
 *                      an unreadable row carries no values
 */
public record ImportRow(
        long line, String title, String isbn, Integer publishedYear, List<String> authorNames, String unreadable) {

    public ImportRow {
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1, was " + line);
        }
        authorNames = authorNames == null ? List.of() : List.copyOf(authorNames);
    }

    /** A row read in full. */
    public static ImportRow book(
            long line, String title, String isbn, Integer publishedYear, List<String> authorNames) {
        return new ImportRow(line, title, isbn, publishedYear, authorNames, null);
    }

    /** A row that could not be read, with the reason. */
    public static ImportRow unreadable(long line, String reason) {
        return new ImportRow(line, null, null, null, List.of(), Objects.requireNonNull(reason, "reason"));
    }
}
