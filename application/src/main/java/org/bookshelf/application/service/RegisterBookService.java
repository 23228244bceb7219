package org.bookshelf.application.service;

import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.RegisterBookUseCase;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Book;

final class RegisterBookService implements RegisterBookUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadAuthorPort loadAuthors;
    private final StoreBookPort storeBooks;
    private final QueryBooksPort queryBooks;

    RegisterBookService(UnitOfWork unitOfWork, LoadAuthorPort loadAuthors, StoreBookPort storeBooks,
            QueryBooksPort queryBooks) {
        this.unitOfWork = unitOfWork;
        this.loadAuthors = loadAuthors;
        this.storeBooks = storeBooks;
        this.queryBooks = queryBooks;
    }

    @Override
    public BookView registerBook(RegisterBookCommand command) {
        return unitOfWork.run(() -> {
            Catalogue.requireAuthors(loadAuthors, command.authors());
            Book book = Book.register(storeBooks.nextBookId(), command.title(), command.isbn(),
                    command.publishedYear(), command.authors());
            storeBooks.insert(book);
            return Catalogue.bookView(queryBooks, book.id());
        });
    }
}
