package org.bookshelf.application.service;

import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Book;

final class ReplaceAuthorsService implements ReplaceAuthorsUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadBookPort loadBooks;
    private final StoreBookPort storeBooks;

    ReplaceAuthorsService(UnitOfWork unitOfWork, LoadBookPort loadBooks, StoreBookPort storeBooks) {
        this.unitOfWork = unitOfWork;
        this.loadBooks = loadBooks;
        this.storeBooks = storeBooks;
    }

    /**
     * Unknown authors are refused by the store
     * ({@link org.bookshelf.application.exception.UnknownAuthorsException}) when the new credits are stored.
     */
    @Override
    public BookView replaceAuthors(ReplaceAuthorsCommand command) {
        return unitOfWork.run(() -> {
            Book book = Catalogue.bookForUpdate(loadBooks, command.bookId());
            Catalogue.requireRevision(loadBooks, book, command.expectedRevision());
            long loadedVersion = book.version();
            if (book.replaceAuthorship(command.authors())) {
                storeBooks.update(book, loadedVersion);
            }
            return loadBooks.describe(book);
        });
    }
}
