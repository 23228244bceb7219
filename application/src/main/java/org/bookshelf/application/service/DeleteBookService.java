package org.bookshelf.application.service;

import org.bookshelf.application.port.in.DeleteBookUseCase;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.BookId;

final class DeleteBookService implements DeleteBookUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadBookPort loadBooks;
    private final StoreBookPort storeBooks;

    DeleteBookService(UnitOfWork unitOfWork, LoadBookPort loadBooks, StoreBookPort storeBooks) {
        this.unitOfWork = unitOfWork;
        this.loadBooks = loadBooks;
        this.storeBooks = storeBooks;
    }

    @Override
    public void deleteBook(BookId bookId) {
        unitOfWork.run(() -> {
            Catalogue.bookForUpdate(loadBooks, bookId);
            storeBooks.delete(bookId);
            return null;
        });
    }
}
