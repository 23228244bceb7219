package org.bookshelf.application.service;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.port.in.CreditAuthorUseCase;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

record CreditAuthorService(UnitOfWork unitOfWork, BookRepository books) implements CreditAuthorUseCase {

    /**
     * The author is not looked up beforehand: an author already credited exists, and the store refuses to
     * credit one that does not ({@link UnknownAuthorsException}).
     */
    @Override
    public CreditResult creditAuthor(BookId bookId, AuthorId authorId) {
        return unitOfWork.run(() -> {
            Book book = books.loadForUpdate(bookId).orElseThrow(() -> new BookNotFoundException(bookId));
            boolean newlyCredited = book.credit(authorId);
            try {
                return new CreditResult(books.save(book), newlyCredited);
            } catch (UnknownAuthorsException e) {
                throw new AuthorNotFoundException(authorId);
            }
        });
    }
}
