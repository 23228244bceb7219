package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.domain.AuthorId;

/** Navigates from an author to the books crediting them. */
public interface ListBooksOfAuthorUseCase {

    /**
     * The books crediting the author, ordered by case-folded title then id, each with all its authors.
     *
     * @throws AuthorNotFoundException when no author has the id
     */
    Page<BookView> listBooksOfAuthor(AuthorId authorId, PageRequest page);
}
