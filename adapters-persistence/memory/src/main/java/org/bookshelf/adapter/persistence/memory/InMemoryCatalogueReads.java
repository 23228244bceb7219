package org.bookshelf.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.bookshelf.adapter.persistence.memory.InMemoryCatalogue.StoredBook;
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

/** The reads of an {@link InMemoryCatalogue}, each under the unit of work's lock, so never half a change. */
final class InMemoryCatalogueReads implements CatalogueReads {

    private final InMemoryCatalogue catalogue;

    InMemoryCatalogueReads(InMemoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Optional<BookView> findBook(BookId bookId) {
        return catalogue.unitOfWork.read(
                () -> Optional.ofNullable(catalogue.book(bookId)).map(catalogue::view));
    }

    @Override
    public Slice<BookView> findBooks(BookFilter filter, Keyset after, int limit) {
        Predicate<StoredBook> matches =
                book -> (filter.title() == null || filter.title().equals(book.title()))
                        && (filter.creditedAuthor() == null || book.authorship().credits(filter.creditedAuthor()));
        int lastRank = filter.search() == null ? BookFilter.TITLE_MATCH : BookFilter.FOUND_THROUGH_AUTHORS_OR_ISBN;
        return catalogue.unitOfWork.read(() -> {
            List<BookView> found = new ArrayList<>();
            for (int rank = after == null ? 0 : after.rank(); rank <= lastRank && found.size() < limit; rank++) {
                int ranked = rank;
                catalogue
                        .booksByTitleAfter(after != null && after.rank() == rank ? after : null)
                        .filter(matches)
                        .map(catalogue::view)
                        .filter(book -> filter.search() == null
                                || filter.search().matches(SearchWords.ofBook(book))
                                        && filter.rankOf(book.title()) == ranked)
                        .limit(limit - found.size())
                        .forEach(found::add);
            }
            return Slice.of(found);
        });
    }

    /** Walks the ids handed out after {@code after}: the catalogue keeps books by id in no order. */
    @Override
    public List<BookView> booksAfter(BookId after, int limit) {
        return catalogue.unitOfWork.read(() -> {
            List<BookView> found = new ArrayList<>();
            long last = catalogue.lastBookId();
            for (long id = after == null ? 1 : after.value() + 1; id <= last && found.size() < limit; id++) {
                StoredBook book = catalogue.book(new BookId(id));
                if (book != null) {
                    found.add(catalogue.view(book));
                }
            }
            return found;
        });
    }

    @Override
    public Optional<AuthorView> findAuthor(AuthorId authorId) {
        return catalogue.unitOfWork.read(() -> Optional.ofNullable(catalogue.author(authorId)));
    }

    @Override
    public Slice<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
        Predicate<AuthorView> matches = author -> (filter.name() == null
                        || filter.name().equals(author.name()))
                && (filter.search() == null
                        || filter.search()
                                .matches(SearchWords.ofName(author.name().value())));
        return catalogue.unitOfWork.read(() -> Slice.of(
                catalogue.authorsByNameAfter(after).filter(matches).limit(limit).toList()));
    }

    @Override
    public List<String> wordsStartingWith(WordScope scope, String prefix, int max) {
        return catalogue.unitOfWork.read(() -> WordLists.startingWith(wordsOf(scope), prefix, max));
    }

    @Override
    public Map<String, Long> wordFrequencies(WordScope scope, Collection<String> words, long upTo) {
        return catalogue.unitOfWork.read(() -> WordLists.frequencies(wordsOf(scope), words, upTo));
    }

    /** The index words of each book, or of each author; lazy, so consume it under the lock. */
    private Stream<Set<String>> wordsOf(WordScope scope) {
        return scope == WordScope.BOOKS
                ? catalogue.booksByTitleAfter(null).map(catalogue::view).map(SearchWords::ofBook)
                : catalogue
                        .authorsByNameAfter(null)
                        .map(author -> SearchWords.ofName(author.name().value()));
    }

    @Override
    public CatalogueSize countCatalogue() {
        return catalogue.unitOfWork.read(() -> new CatalogueSize(
                catalogue.books().size(),
                catalogue.authorCount(),
                catalogue.books().stream()
                        .mapToLong(book -> book.authorship().size())
                        .sum()));
    }
}
