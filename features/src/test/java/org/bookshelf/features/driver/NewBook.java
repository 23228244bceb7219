package org.bookshelf.features.driver;

import java.util.List;

/**
 * A book to register.
 *
 * @param isbn          as people write it, or {@code null} for none
 * @param publishedYear {@code null} when unknown
 * @param authorIds     the authors to credit, in order
 */
public record NewBook(String title, String isbn, Integer publishedYear, List<String> authorIds) {

    public NewBook {
        authorIds = List.copyOf(authorIds);
    }

    /** A book with only a title. */
    public static NewBook titled(String title) {
        return new NewBook(title, null, null, List.of());
    }
}
