package org.bookshelf.application.service;

import org.bookshelf.application.port.in.RemoveCreditUseCase;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

final class RemoveCreditService implements RemoveCreditUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadBookPort loadBooks;
    private final StoreBookPort storeBooks;
    private final LoadAuthorPort loadAuthors;

    RemoveCreditService(UnitOfWork unitOfWork, LoadBookPort loadBooks, StoreBookPort storeBooks,
            LoadAuthorPort loadAuthors) {
        this.unitOfWork = unitOfWork;
        this.loadBooks = loadBooks;
        this.storeBooks = storeBooks;
        this.loadAuthors = loadAuthors;
    }

    @Override
    public boolean removeCredit(BookId bookId, AuthorId authorId) {
        return unitOfWork.run(() -> {
            Book book = Catalogue.bookForUpdate(loadBooks, bookId);
            long loadedVersion = book.version();
            if (book.removeCredit(authorId)) {
                storeBooks.update(book, loadedVersion);
                return true;
            }
            // Not credited: no change, but an unknown author is refused. A credited author always exists.
            Catalogue.requireAuthor(loadAuthors, authorId);
            return false;
        });
    }
}
