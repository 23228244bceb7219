package org.bookshelf.application.model;

import java.util.List;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Title;

/**
 * What tells a book without ISBN apart from another: its title and the names of its authors in credit
 * order. Two books with equal signatures are taken for the same book by an import.
 */
public record BookSignature(Title title, List<AuthorName> authorNames) {

    public BookSignature {
        authorNames = List.copyOf(authorNames);
    }
}
