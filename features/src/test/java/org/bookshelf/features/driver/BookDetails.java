package org.bookshelf.features.driver;

import java.util.List;

/**
 * A book as the catalogue shows it.
 *
 * @param isbn          the 13 digits, or {@code null} when the book has none
 * @param publishedYear {@code null} when unknown
 * @param authors       in credit order
 */
public record BookDetails(
        String id, String title, String isbn, Integer publishedYear, List<AuthorRef> authors, long version) {

    public BookDetails {
        authors = List.copyOf(authors);
    }

    public List<String> authorNames() {
        return authors.stream().map(AuthorRef::name).toList();
    }
}
