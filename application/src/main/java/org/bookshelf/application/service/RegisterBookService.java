package org.bookshelf.application.service;

import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.Registration;
import org.bookshelf.application.port.in.RegisterBookUseCase;
import org.bookshelf.application.port.out.IdempotencyRecord.Kind;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

final class RegisterBookService implements RegisterBookUseCase {

    private final OncePerKey oncePerKey;
    private final LoadBookPort loadBooks;
    private final StoreBookPort storeBooks;
    private final QueryBooksPort queryBooks;

    RegisterBookService(OncePerKey oncePerKey, LoadBookPort loadBooks, StoreBookPort storeBooks,
            QueryBooksPort queryBooks) {
        this.oncePerKey = oncePerKey;
        this.loadBooks = loadBooks;
        this.storeBooks = storeBooks;
        this.queryBooks = queryBooks;
    }

    @Override
    public Registration<BookView> registerBook(RegisterBookCommand command, IdempotencyKey idempotencyKey) {
        return oncePerKey.register(idempotencyKey, Kind.BOOK, fingerprint(command),
                () -> storeBooks.nextBookId().value(),
                id -> register(new BookId(id), command),
                id -> queryBooks.findBook(new BookId(id)));
    }

    /** Unknown authors are refused by the store ({@link org.bookshelf.application.exception.UnknownAuthorsException}). */
    private BookView register(BookId bookId, RegisterBookCommand command) {
        Book book = Book.register(bookId, command.title(), command.isbn(), command.publishedYear(), command.authors());
        storeBooks.insert(book);
        return loadBooks.describe(book);
    }

    private static String fingerprint(RegisterBookCommand command) {
        return RequestFingerprint.of("register book", command.title().value(),
                command.isbn() == null ? null : command.isbn().value(),
                command.publishedYear() == null ? null : command.publishedYear().value(),
                command.authors().authorIds().stream().map(AuthorId::value).toList());
    }
}
