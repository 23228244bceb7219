package org.bookshelf.application.service;

import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.GetBookUseCase;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.BookId;

final class GetBookService implements GetBookUseCase {

    private final UnitOfWork unitOfWork;
    private final QueryBooksPort queryBooks;

    GetBookService(UnitOfWork unitOfWork, QueryBooksPort queryBooks) {
        this.unitOfWork = unitOfWork;
        this.queryBooks = queryBooks;
    }

    @Override
    public BookView getBook(BookId bookId) {
        return unitOfWork.read(() -> queryBooks.findBook(bookId))
                .orElseThrow(() -> new BookNotFoundException(bookId));
    }
}
