package org.bookshelf.application.service;

import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Book;

final class ReplaceAuthorsService implements ReplaceAuthorsUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadBookPort loadBooks;
    private final StoreBookPort storeBooks;
    private final LoadAuthorPort loadAuthors;
    private final QueryBooksPort queryBooks;

    ReplaceAuthorsService(UnitOfWork unitOfWork, LoadBookPort loadBooks, StoreBookPort storeBooks,
            LoadAuthorPort loadAuthors, QueryBooksPort queryBooks) {
        this.unitOfWork = unitOfWork;
        this.loadBooks = loadBooks;
        this.storeBooks = storeBooks;
        this.loadAuthors = loadAuthors;
        this.queryBooks = queryBooks;
    }

    @Override
    public BookView replaceAuthors(ReplaceAuthorsCommand command) {
        return unitOfWork.run(() -> {
            Book book = Catalogue.bookForUpdate(loadBooks, command.bookId());
            Catalogue.requireRevision(queryBooks, book, command.expectedRevision());
            Catalogue.requireAuthors(loadAuthors, command.authors());
            long loadedVersion = book.version();
            if (book.replaceAuthorship(command.authors())) {
                storeBooks.update(book, loadedVersion);
            }
            return Catalogue.bookView(queryBooks, book.id());
        });
    }
}
