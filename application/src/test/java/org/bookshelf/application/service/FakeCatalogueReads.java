package org.bookshelf.application.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.BookId;

/** {@link CatalogueReads} on a {@link FakeStore}, sorting and filtering on every call. */
final class FakeCatalogueReads implements CatalogueReads {

    private final FakeStore store;

    FakeCatalogueReads(FakeStore store) {
        this.store = store;
    }

    @Override
    public Optional<BookView> findBook(BookId bookId) {
        return Optional.ofNullable(store.books.get(bookId)).map(store::view);
    }

    @Override
    public List<BookView> findBooks(BookFilter filter, Keyset after, int limit) {
        return store.booksByTitle().stream()
                .filter(book -> after(book.title().sortKey(), book.id().value(), after))
                .filter(book -> filter.title() == null || filter.title().equals(book.title()))
                .filter(book ->
                        filter.titleContains() == null || book.title().sortKey().contains(filter.titleContains()))
                .filter(book ->
                        filter.creditedAuthor() == null || book.authorship().credits(filter.creditedAuthor()))
                .limit(limit)
                .map(store::view)
                .toList();
    }

    @Override
    public List<BookView> booksAfter(BookId after, int limit) {
        return store.books.values().stream()
                .filter(book -> after == null || book.id().value() > after.value())
                .sorted(Comparator.comparingLong(book -> book.id().value()))
                .limit(limit)
                .map(store::view)
                .toList();
    }

    @Override
    public Optional<AuthorView> findAuthor(AuthorId authorId) {
        return Optional.ofNullable(store.authors.get(authorId));
    }

    @Override
    public List<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
        return store.authors.values().stream()
                .sorted(Comparator.comparing(
                                (AuthorView author) -> author.name().sortKey())
                        .thenComparingLong(author -> author.id().value()))
                .filter(author -> after(author.name().sortKey(), author.id().value(), after))
                .filter(author -> filter.name() == null || filter.name().equals(author.name()))
                .filter(author ->
                        filter.nameContains() == null || author.name().sortKey().contains(filter.nameContains()))
                .limit(limit)
                .toList();
    }

    @Override
    public CatalogueSize countCatalogue() {
        return new CatalogueSize(
                store.books.size(),
                store.authors.size(),
                store.books.values().stream()
                        .mapToLong(book -> book.authorship().size())
                        .sum());
    }

    private static boolean after(String sortKey, long id, Keyset after) {
        if (after == null) {
            return true;
        }
        int byKey = sortKey.compareTo(after.sortKey());
        return byKey > 0 || byKey == 0 && id > after.id();
    }
}
