package org.bookshelf.application.service;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.ListBooksOfAuthorUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;

record ListBooksOfAuthorService(UnitOfWork unitOfWork, CatalogueReads reads) implements ListBooksOfAuthorUseCase {

    /**
     * The page is read first: a book crediting the author proves the author exists (an author still
     * credited cannot be deleted), so the author is looked up only when the page is empty.
     */
    @Override
    public Page<BookView> listBooksOfAuthor(AuthorId authorId, PageRequest page) {
        return BookPages.read(unitOfWork, reads, BookFilter.creditedTo(authorId), page, () -> {
            if (reads.findAuthor(authorId).isEmpty()) {
                throw new AuthorNotFoundException(authorId);
            }
        });
    }
}
