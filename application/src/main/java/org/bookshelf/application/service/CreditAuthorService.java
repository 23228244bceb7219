package org.bookshelf.application.service;

import org.bookshelf.application.port.in.CreditAuthorUseCase;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

final class CreditAuthorService implements CreditAuthorUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadBookPort loadBooks;
    private final StoreBookPort storeBooks;
    private final LoadAuthorPort loadAuthors;
    private final QueryBooksPort queryBooks;

    CreditAuthorService(UnitOfWork unitOfWork, LoadBookPort loadBooks, StoreBookPort storeBooks,
            LoadAuthorPort loadAuthors, QueryBooksPort queryBooks) {
        this.unitOfWork = unitOfWork;
        this.loadBooks = loadBooks;
        this.storeBooks = storeBooks;
        this.loadAuthors = loadAuthors;
        this.queryBooks = queryBooks;
    }

    @Override
    public CreditResult creditAuthor(BookId bookId, AuthorId authorId) {
        return unitOfWork.run(() -> {
            Book book = Catalogue.bookForUpdate(loadBooks, bookId);
            Catalogue.requireAuthor(loadAuthors, authorId);
            long loadedVersion = book.version();
            boolean newlyCredited = book.credit(authorId);
            if (newlyCredited) {
                storeBooks.update(book, loadedVersion);
            }
            return new CreditResult(Catalogue.bookView(queryBooks, bookId), newlyCredited);
        });
    }
}
