package org.bookshelf.application.service;

import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.port.in.DeleteBookUseCase;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.BookId;

final class DeleteBookService implements DeleteBookUseCase {

    private final UnitOfWork unitOfWork;
    private final BookRepository books;

    DeleteBookService(UnitOfWork unitOfWork, BookRepository books) {
        this.unitOfWork = unitOfWork;
        this.books = books;
    }

    @Override
    public void deleteBook(BookId bookId) {
        unitOfWork.run(() -> {
            books.loadForUpdate(bookId).orElseThrow(() -> new BookNotFoundException(bookId));
            books.delete(bookId);
            return null;
        });
    }
}
