package org.bookshelf.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bookshelf.adapter.persistence.memory.InMemoryCatalogue.StoredBook;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

/** The books of an {@link InMemoryCatalogue}; the unit of work's single lock stands for the row locks. */
final class InMemoryBookRepository implements BookRepository {

    private final InMemoryCatalogue catalogue;

    InMemoryBookRepository(InMemoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public BookId nextId() {
        return catalogue.nextBookId();
    }

    @Override
    public Optional<Book> loadForUpdate(BookId bookId) {
        return catalogue.unitOfWork.read(
                () -> Optional.ofNullable(catalogue.book(bookId)).map(StoredBook::toBook));
    }

    @Override
    public List<Book> loadCreditingForUpdate(AuthorId authorId) {
        return catalogue.unitOfWork.read(() -> catalogue.books().stream()
                .filter(book -> book.authorship().credits(authorId))
                .sorted(Comparator.comparingLong(book -> book.id().value()))
                .map(StoredBook::toBook)
                .toList());
    }

    /** The authors are those stored now: the unit of work holds the lock, so they are those it loaded. */
    @Override
    public BookRevision revisionAsLoaded(Book book) {
        return catalogue.unitOfWork.read(() -> new BookRevision(
                book.loadedVersion(),
                catalogue.view(catalogue.book(book.id())).authors().stream()
                        .mapToLong(CreditedAuthor::version)
                        .sum()));
    }

    @Override
    public BookView save(Book book) {
        return catalogue.unitOfWork.run(() -> {
            store(book);
            return catalogue.view(catalogue.book(book.id()));
        });
    }

    @Override
    public void saveAll(List<Book> books) {
        catalogue.unitOfWork.run(() -> {
            books.forEach(this::store);
            return null;
        });
    }

    @Override
    public void delete(BookId bookId) {
        catalogue.unitOfWork.run(() -> {
            catalogue.removeBook(bookId);
            return null;
        });
    }

    private void store(Book book) {
        if (!book.hasChanges()) {
            return;
        }
        StoredBook stored = catalogue.book(book.id());
        long storedVersion = stored == null ? Book.NOT_STORED : stored.version();
        if (storedVersion != book.loadedVersion()) {
            throw book.loadedVersion() == Book.NOT_STORED
                    ? new IllegalStateException("book " + book.id() + " is stored already")
                    : new VersionConflictException("book " + book.id(), book.loadedVersion(), storedVersion);
        }
        catalogue.putBook(book);
    }
}
