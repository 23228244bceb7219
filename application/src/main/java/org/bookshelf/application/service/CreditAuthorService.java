package org.bookshelf.application.service;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.port.in.CreditAuthorUseCase;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

final class CreditAuthorService implements CreditAuthorUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadBookPort loadBooks;
    private final StoreBookPort storeBooks;

    CreditAuthorService(UnitOfWork unitOfWork, LoadBookPort loadBooks, StoreBookPort storeBooks) {
        this.unitOfWork = unitOfWork;
        this.loadBooks = loadBooks;
        this.storeBooks = storeBooks;
    }

    /**
     * The author is not looked up beforehand: an author already credited exists, and the store refuses to
     * credit one that does not ({@link UnknownAuthorsException}).
     */
    @Override
    public CreditResult creditAuthor(BookId bookId, AuthorId authorId) {
        return unitOfWork.run(() -> {
            Book book = Catalogue.bookForUpdate(loadBooks, bookId);
            long loadedVersion = book.version();
            boolean newlyCredited = book.credit(authorId);
            if (newlyCredited) {
                try {
                    storeBooks.update(book, loadedVersion);
                } catch (UnknownAuthorsException e) {
                    throw new AuthorNotFoundException(authorId);
                }
            }
            return new CreditResult(loadBooks.describe(book), newlyCredited);
        });
    }
}
