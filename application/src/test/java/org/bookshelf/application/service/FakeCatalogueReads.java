package org.bookshelf.application.service;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.Slice;
import org.bookshelf.application.search.SearchWords;
import org.bookshelf.application.search.WordLists;
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
    public Slice<BookView> findBooks(BookFilter filter, Keyset after, int limit) {
        return Slice.of(store.booksByTitle().stream()
                .filter(book -> filter.title() == null || filter.title().equals(book.title()))
                .filter(book ->
                        filter.creditedAuthor() == null || book.authorship().credits(filter.creditedAuthor()))
                .map(store::view)
                .filter(book -> filter.search() == null || filter.search().matches(SearchWords.ofBook(book)))
                .sorted(Comparator.comparingInt((BookView book) -> filter.rankOf(book.title())))
                .filter(book -> after(
                        filter.rankOf(book.title()),
                        book.title().sortKey(),
                        book.id().value(),
                        after))
                .limit(limit)
                .toList());
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
    public Slice<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
        return Slice.of(store.authors.values().stream()
                .sorted(Comparator.comparing(
                                (AuthorView author) -> author.name().sortKey())
                        .thenComparingLong(author -> author.id().value()))
                .filter(author -> after(0, author.name().sortKey(), author.id().value(), after))
                .filter(author -> filter.name() == null || filter.name().equals(author.name()))
                .filter(author -> filter.search() == null
                        || filter.search()
                                .matches(SearchWords.ofName(author.name().value())))
                .limit(limit)
                .toList());
    }

    @Override
    public List<String> wordsStartingWith(WordScope scope, String prefix, int max) {
        return WordLists.startingWith(wordsOf(scope), prefix, max);
    }

    @Override
    public Map<String, Long> wordFrequencies(WordScope scope, Collection<String> words, long upTo) {
        return WordLists.frequencies(wordsOf(scope), words, upTo);
    }

    private Stream<Set<String>> wordsOf(WordScope scope) {
        return scope == WordScope.BOOKS
                ? store.books.values().stream().map(store::view).map(SearchWords::ofBook)
                : store.authors.values().stream()
                        .map(author -> SearchWords.ofName(author.name().value()));
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

    private static boolean after(int rank, String sortKey, long id, Keyset after) {
        if (after == null || rank != after.rank()) {
            return after == null || rank > after.rank();
        }
        int byKey = sortKey.compareTo(after.sortKey());
        return byKey > 0 || byKey == 0 && id > after.id();
    }
}
