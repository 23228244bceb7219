package org.bookshelf.application.service;

import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Book;

record ReplaceAuthorsService(UnitOfWork unitOfWork, BookRepository books) implements ReplaceAuthorsUseCase {

    /**
     * Unknown authors are refused by the store
     * ({@link org.bookshelf.application.exception.UnknownAuthorsException}) when the new credits are stored.
     */
    @Override
    public BookView replaceAuthors(ReplaceAuthorsCommand command) {
        return unitOfWork.run(() -> {
            Book book = books.loadForUpdate(command.bookId())
                    .orElseThrow(() -> new BookNotFoundException(command.bookId()));
            books.revisionAsLoaded(book).requireExpected(book.id(), command.expectedRevision());
            book.replaceAuthorship(command.authors());
            return books.save(book);
        });
    }
}
