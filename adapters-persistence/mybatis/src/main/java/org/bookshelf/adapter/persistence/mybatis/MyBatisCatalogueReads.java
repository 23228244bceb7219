package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bookshelf.adapter.persistence.mybatis.BookMapper.BookCreditRow;
import org.bookshelf.adapter.persistence.mybatis.SearchWordMapper.SearchHitRow;
import org.bookshelf.adapter.persistence.mybatis.SearchWordMapper.WordStatRow;
import org.bookshelf.adapter.persistence.mybatis.WordSearch.Run;
import org.bookshelf.adapter.persistence.mybatis.WordSearch.WordSearchQueryLimit;
import org.bookshelf.adapter.persistence.mybatis.WordSearchQuery.Part;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * Reads the catalogue, one statement per call: books with their authors whatever their number (one book, or
 * one keyset page joined to its credits), so each answer comes from one snapshot; authors; the counts.
 */
final class MyBatisCatalogueReads implements CatalogueReads {

    private final BookMapper books;
    private final AuthorMapper authors;
    private final CatalogueMapper catalogue;
    private final SearchWordMapper searchWords;

    MyBatisCatalogueReads(
            BookMapper books, AuthorMapper authors, CatalogueMapper catalogue, SearchWordMapper searchWords) {
        this.books = books;
        this.authors = authors;
        this.catalogue = catalogue;
        this.searchWords = searchWords;
    }

    @Override
    public Optional<BookView> findBook(BookId bookId) {
        return views(books.find(bookId.value())).stream().findFirst();
    }

    @Override
    public List<BookView> findBooks(BookFilter filter, Keyset after, int limit) {
        if (filter.search() == null) {
            return views(books.findPage(BookQuery.of(filter, after, limit)));
        }
        List<String> patterns =
                filter.search().words().stream().map(WordSearch::prefixPattern).toList();
        List<WordStatRow> stats = searchWords.bookWordStats(patterns, WordSearch.FEW_ROWS, WordSearch.MANY_WORDS + 1);
        List<Run> inTitles = WordSearch.runs(patterns, stats, true);
        List<Run> elsewhere = WordSearch.runs(patterns, stats, false);
        Function<WordSearchQueryLimit, List<SearchHitRow>> run = walks -> searchWords.searchBooks(new WordSearchQuery(
                walks.parts(),
                filter.title() == null ? null : filter.title().value(),
                filter.title() == null ? null : filter.title().sortKey(),
                filter.creditedAuthor() == null ? null : filter.creditedAuthor().value(),
                walks.limit()));
        List<Long> found = new ArrayList<>();
        int fromRank = after == null ? BookFilter.TITLE_MATCH : after.rank();
        if (fromRank == BookFilter.TITLE_MATCH && inTitles.stream().noneMatch(Run::isEmpty)) {
            found.addAll(WordSearch.collect(titleMatches(patterns, inTitles), after, limit, run));
        }
        boolean everyWordFound = IntStream.range(0, patterns.size())
                .allMatch(i -> !inTitles.get(i).isEmpty() || !elsewhere.get(i).isEmpty());
        if (found.size() < limit && everyWordFound) {
            Keyset from = fromRank == BookFilter.FOUND_THROUGH_AUTHORS_OR_ISBN ? after : null;
            found.addAll(WordSearch.collect(
                    matchesBeyondTitles(patterns, inTitles, elsewhere), from, limit - found.size(), run));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, BookView> byId = new HashMap<>();
        views(books.findByIds(found)).forEach(book -> byId.put(book.id().value(), book));
        return found.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The walks finding the books whose titles hold every word: along the rarest word's title rows. */
    private static List<Part> titleMatches(List<String> patterns, List<Run> inTitles) {
        int driver = WordSearch.rarest(inTitles.stream().map(Run::rows).toList());
        List<String> others = WordSearch.allBut(patterns, driver);
        List<Part> parts = WordSearch.along(
                inTitles.get(driver),
                (n, word, pattern) ->
                        new Part(n, false, true, word, pattern, others, List.of(), List.of(), null, null));
        return parts != null
                ? parts
                : List.of(new Part(0, true, null, null, null, patterns, List.of(), List.of(), null, null));
    }

    /**
     * The walks finding the books that hold every word, not all of them in the title: along the rarest word's rows
     * among names and ISBNs, and, for searches of several words, among titles too.
     */
    private static List<Part> matchesBeyondTitles(List<String> patterns, List<Run> inTitles, List<Run> elsewhere) {
        int driver = WordSearch.rarest(IntStream.range(0, patterns.size())
                .mapToObj(i -> inTitles.get(i).rows() + elsewhere.get(i).rows())
                .toList());
        List<String> others = WordSearch.allBut(patterns, driver);
        List<Part> parts = new ArrayList<>();
        for (boolean inTitle : patterns.size() == 1 ? List.of(false) : List.of(false, true)) {
            Run rows = inTitle ? inTitles.get(driver) : elsewhere.get(driver);
            if (rows.isEmpty()) {
                continue;
            }
            int first = parts.size();
            List<Part> along = WordSearch.along(
                    rows,
                    (n, word, pattern) -> new Part(
                            first + n, false, inTitle, word, pattern, List.of(), others, patterns, null, null));
            if (along == null) {
                return List.of(new Part(0, true, null, null, null, List.of(), patterns, patterns, null, null));
            }
            parts.addAll(along);
        }
        return parts;
    }

    @Override
    public List<BookView> booksAfter(BookId after, int limit) {
        return views(books.findAfter(after == null ? 0 : after.value(), limit));
    }

    @Override
    public Optional<AuthorView> findAuthor(AuthorId authorId) {
        return Optional.ofNullable(authors.find(authorId.value())).map(MyBatisCatalogueReads::view);
    }

    @Override
    public List<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
        if (filter.search() == null) {
            return authors.findPage(AuthorQuery.of(filter, after, limit)).stream()
                    .map(MyBatisCatalogueReads::view)
                    .toList();
        }
        List<String> patterns =
                filter.search().words().stream().map(WordSearch::prefixPattern).toList();
        List<Run> names = WordSearch.runs(
                patterns, searchWords.authorWordStats(patterns, WordSearch.FEW_ROWS, WordSearch.MANY_WORDS + 1), true);
        if (names.stream().anyMatch(Run::isEmpty)) {
            return List.of();
        }
        int driver = WordSearch.rarest(names.stream().map(Run::rows).toList());
        List<String> others = WordSearch.allBut(patterns, driver);
        List<Part> parts = WordSearch.along(
                names.get(driver),
                (n, word, pattern) ->
                        new Part(n, false, null, word, pattern, List.of(), others, List.of(), null, null));
        List<Long> found = WordSearch.collect(
                parts != null
                        ? parts
                        : List.of(new Part(0, true, null, null, null, List.of(), patterns, List.of(), null, null)),
                after,
                limit,
                walks -> searchWords.searchAuthors(new WordSearchQuery(
                        walks.parts(),
                        filter.name() == null ? null : filter.name().value(),
                        filter.name() == null ? null : filter.name().sortKey(),
                        null,
                        walks.limit())));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, AuthorView> byId = new HashMap<>();
        authors.findByIds(found).forEach(row -> byId.put(row.id(), view(row)));
        return found.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public CatalogueSize countCatalogue() {
        return catalogue.count();
    }

    private static AuthorView view(AuthorRow row) {
        return new AuthorView(new AuthorId(row.id()), new AuthorName(row.name()), row.version());
    }

    /**
     * The books of {@code rows} (one row per credit, each book's rows together), in their order, each with its
     * credits in order of position.
     */
    private static List<BookView> views(List<BookCreditRow> rows) {
        List<BookView> views = new ArrayList<>();
        int first = 0;
        while (first < rows.size()) {
            BookCreditRow book = rows.get(first);
            int next = first;
            while (next < rows.size() && rows.get(next).id() == book.id()) {
                next++;
            }
            List<CreditedAuthor> credited = rows.subList(first, next).stream()
                    .filter(credit -> credit.authorId() != null)
                    .sorted(Comparator.comparingInt(BookCreditRow::position))
                    .map(credit -> new CreditedAuthor(
                            new AuthorId(credit.authorId()),
                            new AuthorName(credit.authorName()),
                            credit.authorVersion()))
                    .toList();
            views.add(new BookView(
                    new BookId(book.id()),
                    new Title(book.title()),
                    book.isbn() == null ? null : new Isbn(book.isbn()),
                    book.publishedYear() == null ? null : new PublicationYear(book.publishedYear()),
                    credited,
                    book.version()));
            first = next;
        }
        return views;
    }
}
