package org.bookshelf.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.SnapshotAuthor;
import org.bookshelf.application.model.SnapshotBook;
import org.bookshelf.application.model.SnapshotSink;
import org.bookshelf.application.port.out.CatalogueSnapshots;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.Book;

/**
 * The whole in-memory catalogue at once. A snapshot is read under the unit of work's lock, so writers wait for
 * it; a load keeps each entry with the catalogue's own checks (the credited authors exist, the ISBN is free).
 */
record InMemoryCatalogueSnapshots(InMemoryCatalogue catalogue) implements CatalogueSnapshots {

    /**
     * The schema of the MariaDB store whose tables this store mirrors (its last migration), so that a backup of
     * either restores into the other.
     */
    static final String SCHEMA_VERSION = "3";

    @Override
    public String schemaVersion() {
        return SCHEMA_VERSION;
    }

    @Override
    public void read(SnapshotSink sink) {
        catalogue.unitOfWork.read(() -> {
            authorsInIdOrder()
                    .forEach(author -> sink.author(new SnapshotAuthor(author.id(), author.name(), author.version())));
            booksInIdOrder()
                    .forEach(book -> sink.book(new SnapshotBook(
                            book.id(),
                            book.title(),
                            book.isbn(),
                            book.publishedYear(),
                            book.version(),
                            book.authorship())));
            return null;
        });
    }

    @Override
    public boolean isEmpty() {
        return catalogue.unitOfWork.read(
                () -> catalogue.authorCount() == 0 && catalogue.books().isEmpty());
    }

    @Override
    public void deleteAll() {
        catalogue.unitOfWork.run(() -> {
            booksInIdOrder().forEach(book -> catalogue.removeBook(book.id()));
            authorsInIdOrder().forEach(author -> catalogue.removeAuthor(author.id()));
            return null;
        });
    }

    @Override
    public void load(Consumer<SnapshotSink> content) {
        catalogue.unitOfWork.run(() -> {
            long[] highest = new long[2];
            content.accept(new SnapshotSink() {
                @Override
                public void author(SnapshotAuthor author) {
                    catalogue.putAuthor(Author.reconstitute(author.id(), author.name(), author.version()));
                    highest[0] = Math.max(highest[0], author.id().value());
                }

                @Override
                public void book(SnapshotBook book) {
                    catalogue.putBook(Book.reconstitute(
                            book.id(),
                            book.title(),
                            book.isbn(),
                            book.publishedYear(),
                            book.authorship(),
                            book.version()));
                    highest[1] = Math.max(highest[1], book.id().value());
                }
            });
            catalogue.continueIdsAfter(highest[0], highest[1]);
            return null;
        });
    }

    private List<AuthorView> authorsInIdOrder() {
        return catalogue
                .authorsByNameAfter(null)
                .sorted(Comparator.comparingLong(author -> author.id().value()))
                .toList();
    }

    private List<InMemoryCatalogue.StoredBook> booksInIdOrder() {
        return catalogue.books().stream()
                .sorted(Comparator.comparingLong(book -> book.id().value()))
                .toList();
    }
}
