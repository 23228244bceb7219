package org.bookshelf.application.service;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.port.in.RemoveCreditUseCase;
import org.bookshelf.application.port.out.AuthorRepository;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

record RemoveCreditService(UnitOfWork unitOfWork, BookRepository books, AuthorRepository authors)
        implements RemoveCreditUseCase {

    @Override
    public boolean removeCredit(BookId bookId, AuthorId authorId) {
        return unitOfWork.run(() -> {
            Book book = books.loadForUpdate(bookId).orElseThrow(() -> new BookNotFoundException(bookId));
            if (book.removeCredit(authorId)) {
                books.save(book);
                return true;
            }
            // Not credited: no change, but an unknown author is refused. A credited author always exists.
            if (!authors.exists(authorId)) {
                throw new AuthorNotFoundException(authorId);
            }
            return false;
        });
    }
}
