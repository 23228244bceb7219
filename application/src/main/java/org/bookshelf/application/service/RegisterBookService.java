package org.bookshelf.application.service;

import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.Registration;
import org.bookshelf.application.port.in.RegisterBookUseCase;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.IdempotencyRecord.Kind;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

record RegisterBookService(OncePerKey oncePerKey, BookRepository books, CatalogueReads reads)
        implements RegisterBookUseCase {

    /**
     * Unknown authors are refused by the store ({@link org.bookshelf.application.exception.UnknownAuthorsException}).
     */
    @Override
    public Registration<BookView> registerBook(RegisterBookCommand command, IdempotencyKey idempotencyKey) {
        return oncePerKey.register(
                idempotencyKey,
                Kind.BOOK,
                fingerprint(command),
                () -> books.nextId().value(),
                id -> books.save(Book.register(
                        new BookId(id), command.title(), command.isbn(), command.publishedYear(), command.authors())),
                id -> reads.findBook(new BookId(id)));
    }

    private static String fingerprint(RegisterBookCommand command) {
        return RequestFingerprint.of(
                "register book",
                command.title().value(),
                command.isbn() == null ? null : command.isbn().value(),
                command.publishedYear() == null ? null : command.publishedYear().value(),
                command.authors().authorIds().stream().map(AuthorId::value).toList());
    }
}
