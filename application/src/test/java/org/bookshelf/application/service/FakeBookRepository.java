package org.bookshelf.application.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

/** A {@link BookRepository} on a {@link FakeStore}: no locks, one caller at a time. */
final class FakeBookRepository implements BookRepository {

    private final FakeStore store;

    FakeBookRepository(FakeStore store) {
        this.store = store;
    }

    @Override
    public BookId nextId() {
        return new BookId(store.nextId());
    }

    @Override
    public Optional<Book> loadForUpdate(BookId bookId) {
        return Optional.ofNullable(store.book(bookId));
    }

    @Override
    public List<Book> loadCreditingForUpdate(AuthorId authorId) {
        return store.books.values().stream()
                .filter(book -> book.authorship().credits(authorId))
                .sorted(Comparator.comparingLong(book -> book.id().value()))
                .map(book -> store.book(book.id()))
                .toList();
    }

    @Override
    public BookRevision revisionAsLoaded(Book book) {
        return new BookRevision(
                book.loadedVersion(),
                store.view(store.book(book.id())).authors().stream()
                        .mapToLong(CreditedAuthor::version)
                        .sum());
    }

    @Override
    public BookView save(Book book) {
        if (book.hasChanges()) {
            Book stored = store.book(book.id());
            long storedVersion = stored == null ? Book.NOT_STORED : stored.version();
            if (storedVersion != book.loadedVersion()) {
                throw new VersionConflictException("book " + book.id(), book.loadedVersion(), storedVersion);
            }
            store.put(book);
        }
        return store.view(book);
    }

    @Override
    public void saveAll(List<Book> books) {
        books.forEach(this::save);
    }

    @Override
    public void delete(BookId bookId) {
        store.books.remove(bookId);
    }
}
