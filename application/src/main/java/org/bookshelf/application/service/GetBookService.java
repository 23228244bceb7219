package org.bookshelf.application.service;

import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.GetBookUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.BookId;

record GetBookService(UnitOfWork unitOfWork, CatalogueReads reads) implements GetBookUseCase {

    @Override
    public BookView getBook(BookId bookId) {
        return unitOfWork.read(() -> reads.findBook(bookId)).orElseThrow(() -> new BookNotFoundException(bookId));
    }
}
