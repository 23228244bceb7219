package org.bookshelf.application.service;

import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.UpdateBookUseCase;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Book;

record UpdateBookService(UnitOfWork unitOfWork, BookRepository books) implements UpdateBookUseCase {

    @Override
    public BookView updateBook(UpdateBookCommand command) {
        return unitOfWork.run(() -> {
            Book book = books.loadForUpdate(command.bookId())
                    .orElseThrow(() -> new BookNotFoundException(command.bookId()));
            books.revisionAsLoaded(book).requireExpected(book.id(), command.expectedRevision());
            book.updateDetails(
                    command.title() == null ? book.title() : command.title(),
                    command.isbn().applyTo(book.isbn().orElse(null)),
                    command.publishedYear().applyTo(book.publishedYear().orElse(null)));
            return books.save(book);
        });
    }
}
