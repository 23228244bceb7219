package org.bookshelf.application.service;

import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.port.in.DeleteBookUseCase;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.BookId;

record DeleteBookService(UnitOfWork unitOfWork, BookRepository books) implements DeleteBookUseCase {

    @Override
    public void deleteBook(BookId bookId) {
        unitOfWork.run(() -> {
            books.loadForUpdate(bookId).orElseThrow(() -> new BookNotFoundException(bookId));
            books.delete(bookId);
            return null;
        });
    }
}
