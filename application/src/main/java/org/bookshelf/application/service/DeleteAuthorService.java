package org.bookshelf.application.service;

import java.util.ArrayList;
import java.util.List;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.port.in.DeleteAuthorUseCase;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.StoreAuthorPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.StoreBookPort.BookChange;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;

final class DeleteAuthorService implements DeleteAuthorUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadAuthorPort loadAuthors;
    private final StoreAuthorPort storeAuthors;
    private final LoadBookPort loadBooks;
    private final StoreBookPort storeBooks;
    private final QueryBooksPort queryBooks;

    DeleteAuthorService(UnitOfWork unitOfWork, LoadAuthorPort loadAuthors, StoreAuthorPort storeAuthors,
            LoadBookPort loadBooks, StoreBookPort storeBooks, QueryBooksPort queryBooks) {
        this.unitOfWork = unitOfWork;
        this.loadAuthors = loadAuthors;
        this.storeAuthors = storeAuthors;
        this.loadBooks = loadBooks;
        this.storeBooks = storeBooks;
        this.queryBooks = queryBooks;
    }

    @Override
    public void deleteAuthor(AuthorId authorId, boolean unlinkFromBooks) {
        unitOfWork.run(() -> {
            Catalogue.authorForUpdate(loadAuthors, authorId);
            if (unlinkFromBooks) {
                List<BookChange> unlinked = new ArrayList<>();
                for (Book book : loadBooks.loadCreditingForUpdate(authorId)) {
                    long loadedVersion = book.version();
                    book.removeCredit(authorId);
                    unlinked.add(new BookChange(book, loadedVersion));
                }
                storeBooks.updateAll(unlinked);
            } else {
                long crediting = queryBooks.countBooksCrediting(authorId);
                if (crediting > 0) {
                    throw new AuthorStillCreditedException(authorId, crediting);
                }
            }
            storeAuthors.delete(authorId);
            return null;
        });
    }
}
