package org.bookshelf.application.service;

import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.UpdateBookUseCase;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Book;

final class UpdateBookService implements UpdateBookUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadBookPort loadBooks;
    private final StoreBookPort storeBooks;

    UpdateBookService(UnitOfWork unitOfWork, LoadBookPort loadBooks, StoreBookPort storeBooks) {
        this.unitOfWork = unitOfWork;
        this.loadBooks = loadBooks;
        this.storeBooks = storeBooks;
    }

    @Override
    public BookView updateBook(UpdateBookCommand command) {
        return unitOfWork.run(() -> {
            Book book = Catalogue.bookForUpdate(loadBooks, command.bookId());
            Catalogue.requireRevision(loadBooks, book, command.expectedRevision());
            long loadedVersion = book.version();
            boolean changed = book.updateDetails(
                    command.title() == null ? book.title() : command.title(),
                    command.isbn().applyTo(book.isbn().orElse(null)),
                    command.publishedYear().applyTo(book.publishedYear().orElse(null)));
            if (changed) {
                storeBooks.update(book, loadedVersion);
            }
            return loadBooks.describe(book);
        });
    }
}
