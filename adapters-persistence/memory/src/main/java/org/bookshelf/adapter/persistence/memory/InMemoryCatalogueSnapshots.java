package org.bookshelf.adapter.persistence.memory;

import java.util.List;
import java.util.function.Consumer;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.model.SnapshotAuthor;
import org.bookshelf.application.model.SnapshotBook;
import org.bookshelf.application.model.SnapshotSink;
import org.bookshelf.application.port.out.CatalogueSnapshots;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

/**
 * The whole in-memory catalogue at once. A snapshot is read under the store's lock, so writers wait for it; a
 * load stores each entry through the store's own checks (the credited authors exist, the ISBN is free).
 */
final class InMemoryCatalogueSnapshots implements CatalogueSnapshots {

    /**
     * The schema of the MariaDB store whose tables this store mirrors (its last migration), so that a backup of
     * either restores into the other.
     */
    static final String SCHEMA_VERSION = "3";

    private static final int BOOKS_PER_SCAN = 500;

    private final InMemoryUnitOfWork unitOfWork;
    private final InMemoryStore store;

    InMemoryCatalogueSnapshots(InMemoryUnitOfWork unitOfWork, InMemoryStore store) {
        this.unitOfWork = unitOfWork;
        this.store = store;
    }

    @Override
    public String schemaVersion() {
        return SCHEMA_VERSION;
    }

    @Override
    public void read(SnapshotSink sink) {
        unitOfWork.read(() -> {
            store.authorsInIdOrder().forEach(
                    author -> sink.author(new SnapshotAuthor(author.id(), author.name(), author.version())));
            forEachBook(book -> sink.book(new SnapshotBook(book.id(), book.title(), book.isbn(), book.publishedYear(),
                    book.version(), Authorship.of(book.authors().stream().map(CreditedAuthor::id).toList()))));
            return null;
        });
    }

    @Override
    public boolean isEmpty() {
        CatalogueSize size = store.countCatalogue();
        return size.authors() == 0 && size.books() == 0;
    }

    @Override
    public void deleteAll() {
        unitOfWork.run(() -> {
            forEachBook(book -> store.delete(book.id()));
            store.authorsInIdOrder().forEach(author -> store.delete(author.id()));
            return null;
        });
    }

    @Override
    public void load(Consumer<SnapshotSink> content) {
        unitOfWork.run(() -> {
            HighestIds highest = new HighestIds();
            content.accept(new SnapshotSink() {
                @Override
                public void author(SnapshotAuthor author) {
                    store.insert(Author.reconstitute(author.id(), author.name(), author.version()));
                    highest.author = Math.max(highest.author, author.id().value());
                }

                @Override
                public void book(SnapshotBook book) {
                    store.insert(Book.reconstitute(book.id(), book.title(), book.isbn(), book.publishedYear(),
                            book.authorship(), book.version()));
                    highest.book = Math.max(highest.book, book.id().value());
                }
            });
            store.continueIdsAfter(highest.author, highest.book);
            return null;
        });
    }

    private void forEachBook(Consumer<BookView> action) {
        BookId after = null;
        List<BookView> scan;
        do {
            scan = store.booksAfter(after, BOOKS_PER_SCAN);
            scan.forEach(action);
            after = scan.isEmpty() ? null : scan.get(scan.size() - 1).id();
        } while (scan.size() == BOOKS_PER_SCAN);
    }

    private static final class HighestIds {
        private long author;
        private long book;
    }
}
