package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.Collection;
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
import org.bookshelf.adapter.persistence.mybatis.SearchWordMapper.StatWord;
import org.bookshelf.adapter.persistence.mybatis.SearchWordMapper.WordStatRow;
import org.bookshelf.adapter.persistence.mybatis.WordSearch.Collected;
import org.bookshelf.adapter.persistence.mybatis.WordSearch.Run;
import org.bookshelf.adapter.persistence.mybatis.WordSearch.WalkBudget;
import org.bookshelf.adapter.persistence.mybatis.WordSearch.Walks;
import org.bookshelf.adapter.persistence.mybatis.WordSearchQuery.Part;
import org.bookshelf.adapter.persistence.mybatis.WordSearchQuery.Probe;
import org.bookshelf.adapter.persistence.mybatis.WordSearchQuery.Source;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.Slice;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Text;
import org.bookshelf.domain.Title;
import org.springframework.dao.DataAccessException;

/**
 * Reads the catalogue, one statement per call: books with their authors whatever their number (one book, or
 * one keyset page joined to its credits), so each answer comes from one snapshot; authors; the counts.
 */
final class MyBatisCatalogueReads implements CatalogueReads {

    private final BookMapper books;
    private final AuthorMapper authors;
    private final CatalogueMapper catalogue;
    private final SearchWordMapper searchWords;
    private final int searchRowsPerRequest;

    /**
     * @param searchRowsPerRequest the rows a search's walks may have the database read per call
     *                             ({@link WalkBudget})
     */
    MyBatisCatalogueReads(
            BookMapper books,
            AuthorMapper authors,
            CatalogueMapper catalogue,
            SearchWordMapper searchWords,
            int searchRowsPerRequest) {
        this.books = books;
        this.authors = authors;
        this.catalogue = catalogue;
        this.searchWords = searchWords;
        this.searchRowsPerRequest = searchRowsPerRequest;
    }

    @Override
    public Optional<BookView> findBook(BookId bookId) {
        return views(books.find(bookId.value())).stream().findFirst();
    }

    @Override
    public Slice<BookView> findBooks(BookFilter filter, Keyset after, int limit) {
        if (filter.search() == null) {
            return Slice.of(views(books.findPage(BookQuery.of(filter, after, limit))));
        }
        List<String> words = filter.search().words();
        List<String> patterns = words.stream().map(WordSearch::prefixPattern).toList();
        List<WordStatRow> stats = searchWords.wordStats(
                IntStream.range(0, words.size())
                        .mapToObj(i -> new StatWord(i, patterns.get(i), isDigits(words.get(i))))
                        .toList(),
                WordSearch.FEW_ROWS,
                WordSearch.MANY_WORDS + 1);
        List<Run> inTitles = WordSearch.runs(patterns, stats, "T");
        List<Run> inNames = WordSearch.runs(patterns, stats, "A");
        List<Run> inIsbns = WordSearch.runs(patterns, stats, "I");
        Walks run = walks(
                searchWords::searchBookStretches,
                searchWords::searchBooks,
                filter.title() == null ? null : filter.title().value(),
                filter.title() == null ? null : filter.title().sortKey(),
                filter.creditedAuthor() == null ? null : filter.creditedAuthor().value());
        WalkBudget budget = new WalkBudget(searchRowsPerRequest);
        List<Long> found = new ArrayList<>();
        Keyset stoppedAt = null;
        int fromRank = after == null ? BookFilter.TITLE_MATCH : after.rank();
        if (fromRank == BookFilter.TITLE_MATCH && inTitles.stream().noneMatch(Run::isEmpty)) {
            Collected inTitle = WordSearch.collect(
                    titleMatches(probes(words, inTitles, inNames, true), inTitles), after, limit, budget, run);
            found.addAll(inTitle.ids());
            stoppedAt = inTitle.stoppedAt(BookFilter.TITLE_MATCH);
        }
        if (stoppedAt == null && found.size() < limit) {
            Keyset from = fromRank == BookFilter.FOUND_THROUGH_AUTHORS_OR_ISBN ? after : null;
            Collected beyond = WordSearch.collect(
                    matchesBeyondTitles(
                            probes(words, inTitles, inNames, true),
                            probes(words, inTitles, inNames, false),
                            inTitles,
                            inNames,
                            inIsbns),
                    from,
                    limit - found.size(),
                    budget,
                    run);
            found.addAll(beyond.ids());
            stoppedAt = beyond.stoppedAt(BookFilter.FOUND_THROUGH_AUTHORS_OR_ISBN);
        }
        if (found.isEmpty()) {
            return new Slice<>(List.of(), stoppedAt);
        }
        Map<Long, BookView> byId = new HashMap<>();
        views(books.findByIds(found)).forEach(book -> byId.put(book.id().value(), book));
        return new Slice<>(
                found.stream().map(byId::get).filter(Objects::nonNull).toList(), stoppedAt);
    }

    /** The walks finding the books whose titles hold every word: along the rarest word's title rows. */
    private static List<Part> titleMatches(List<Probe> inTitle, List<Run> inTitles) {
        int driver = WordSearch.rarest(inTitles.stream().map(Run::rows).toList());
        List<Probe> others = allBut(inTitle, driver);
        List<Part> parts = WordSearch.along(
                inTitles.get(driver),
                (n, word, pattern) -> new Part(n, Source.WORDS, word, pattern, others, List.of()));
        return parts != null ? parts : List.of(new Part(0, Source.ALL, null, null, inTitle, List.of()));
    }

    /**
     * The walks finding the books that hold every word in their titles, authors' names or ISBNs, not all of them in
     * the title. They start from the word that can be walked most cheaply: its few rows among names and ISBNs
     * gathered and sorted, and, for searches of several words, its rows among titles in listing order. A word that
     * holds many books through their authors cannot be walked in listing order but by walking every book.
     */
    private static List<Part> matchesBeyondTitles(
            List<Probe> inTitle, List<Probe> anywhere, List<Run> inTitles, List<Run> inNames, List<Run> inIsbns) {
        List<Part> cheapest = null;
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < anywhere.size(); i++) {
            Run title = inTitles.get(i);
            Run name = inNames.get(i);
            Run isbn = inIsbns.get(i);
            if (title.isEmpty() && name.isEmpty() && isbn.isEmpty()) {
                return List.of();
            }
            List<Probe> others = allBut(anywhere, i);
            List<Part> parts = new ArrayList<>();
            boolean walkable = true;
            if (anywhere.size() > 1 && !title.isEmpty()) {
                List<Part> along = WordSearch.along(
                        title, (n, word, pattern) -> new Part(n, Source.WORDS, word, pattern, others, inTitle));
                walkable = along != null;
                if (walkable) {
                    parts.addAll(along);
                }
            }
            for (Run gathered : List.of(name, isbn)) {
                if (gathered.isEmpty()) {
                    continue;
                }
                walkable &= gathered.rows() < WordSearch.FEW_ROWS;
                Source source = gathered == name ? Source.AUTHORS_BOOKS : Source.ISBNS;
                parts.add(new Part(parts.size(), source, null, gathered.pattern(), others, inTitle));
            }
            long rows = title.rows() + name.rows() + isbn.rows();
            if (walkable && rows < fewest) {
                cheapest = parts;
                fewest = rows;
            }
        }
        return cheapest != null ? cheapest : List.of(new Part(0, Source.ALL, null, null, anywhere, inTitle));
    }

    /** The statements of a search's walks, with the criteria its items must meet besides the words. */
    private static Walks walks(
            Function<WordSearchQuery, List<SearchHitRow>> stretchEnds,
            Function<WordSearchQuery, List<SearchHitRow>> walk,
            String exact,
            String exactKey,
            Long creditedAuthorId) {
        return new Walks() {
            @Override
            public boolean checksItems(Part part) {
                return !part.probes().isEmpty()
                        || !part.notAllInTitle().isEmpty()
                        || exact != null
                        || creditedAuthorId != null;
            }

            /**
             * Two index rows (where the stretch ends, then the walk), and five more when a check looks authors' names
             * up (credits, then the names' words) or a book's credits are checked.
             */
            @Override
            public int rowsReadPerRow(Part part) {
                boolean looksUpAuthors =
                        part.probes().stream().anyMatch(probe -> !probe.inTitleOnly()) || creditedAuthorId != null;
                return looksUpAuthors ? 7 : 2;
            }

            @Override
            public List<SearchHitRow> stretchEnds(List<Part> parts, int span) {
                return stretchEnds.apply(new WordSearchQuery(parts, exact, exactKey, creditedAuthorId, 0, span, 0));
            }

            @Override
            public List<SearchHitRow> walk(List<Part> parts, int limit, int examineAtMost) {
                try {
                    return walk.apply(
                            new WordSearchQuery(parts, exact, exactKey, creditedAuthorId, limit, 0, examineAtMost));
                } catch (DataAccessException stopped) {
                    if (examineAtMost > 0 && SqlFailures.isStoppedByRowsExamined(stopped)) {
                        return List.of();
                    }
                    throw stopped;
                }
            }
        };
    }

    /** Each word's probe: where it must be held, and the words of titles and names it stands for when few. */
    private static List<Probe> probes(List<String> words, List<Run> inTitles, List<Run> inNames, boolean inTitleOnly) {
        return IntStream.range(0, words.size())
                .mapToObj(i -> new Probe(
                        inTitles.get(i).pattern(),
                        WordSearch.inSortKeyPattern(words.get(i)),
                        WordSearch.sortKeyWordStart(words.get(i)),
                        listed(inTitles.get(i)),
                        listed(inNames.get(i)),
                        inTitleOnly,
                        isDigits(words.get(i))))
                .toList();
    }

    /** The run's distinct words, or {@code null} when there are more than the statistics list. */
    private static List<String> listed(Run run) {
        return run.words().size() > WordSearch.MANY_WORDS ? null : run.words();
    }

    private static List<Probe> allBut(List<Probe> probes, int except) {
        List<Probe> others = new ArrayList<>(probes);
        others.remove(except);
        return others;
    }

    private static boolean isDigits(String word) {
        return word.chars().allMatch(c -> c >= '0' && c <= '9');
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
    public Slice<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
        if (filter.search() == null) {
            return Slice.of(authors.findPage(AuthorQuery.of(filter, after, limit)).stream()
                    .map(MyBatisCatalogueReads::view)
                    .toList());
        }
        List<String> words = filter.search().words();
        List<String> patterns = words.stream().map(WordSearch::prefixPattern).toList();
        List<Run> names = WordSearch.runs(
                patterns,
                searchWords.wordStats(
                        IntStream.range(0, patterns.size())
                                .mapToObj(i -> new StatWord(i, patterns.get(i), false))
                                .toList(),
                        WordSearch.FEW_ROWS,
                        WordSearch.MANY_WORDS + 1),
                "A");
        if (names.stream().anyMatch(Run::isEmpty)) {
            return Slice.of(List.of());
        }
        int driver = WordSearch.rarest(names.stream().map(Run::rows).toList());
        List<Probe> inNames = IntStream.range(0, patterns.size())
                .mapToObj(i -> new Probe(
                        patterns.get(i),
                        WordSearch.inSortKeyPattern(words.get(i)),
                        WordSearch.sortKeyWordStart(words.get(i)),
                        null,
                        listed(names.get(i)),
                        true,
                        false))
                .toList();
        List<Probe> others = allBut(inNames, driver);
        List<Part> parts = WordSearch.along(
                names.get(driver), (n, word, pattern) -> new Part(n, Source.WORDS, word, pattern, others, List.of()));
        Collected found = WordSearch.collect(
                parts != null ? parts : List.of(new Part(0, Source.ALL, null, null, inNames, List.of())),
                after,
                limit,
                new WalkBudget(searchRowsPerRequest),
                walks(
                        searchWords::searchAuthorStretches,
                        searchWords::searchAuthors,
                        filter.name() == null ? null : filter.name().value(),
                        filter.name() == null ? null : filter.name().sortKey(),
                        null));
        Keyset stoppedAt = found.stoppedAt(0);
        if (found.ids().isEmpty()) {
            return new Slice<>(List.of(), stoppedAt);
        }
        Map<Long, AuthorView> byId = new HashMap<>();
        authors.findByIds(found.ids()).forEach(row -> byId.put(row.id(), view(row)));
        return new Slice<>(
                found.ids().stream().map(byId::get).filter(Objects::nonNull).toList(), stoppedAt);
    }

    @Override
    public List<String> wordsStartingWith(WordScope scope, String prefix, int max) {
        String pattern = WordSearch.prefixPattern(prefix);
        return scope == WordScope.BOOKS
                ? searchWords.bookWordsLike(pattern, max).stream()
                        .distinct()
                        .sorted(Text::compareSortKeys)
                        .limit(max)
                        .toList()
                : searchWords.authorWordsLike(pattern, max);
    }

    @Override
    public Map<String, Long> wordFrequencies(WordScope scope, Collection<String> words, long upTo) {
        if (words.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> frequencies = new HashMap<>();
        List<String> counted = List.copyOf(words);
        (scope == WordScope.BOOKS
                        ? searchWords.bookWordCounts(counted, upTo)
                        : searchWords.authorWordCounts(counted, upTo))
                .forEach(row -> frequencies.put(row.word(), row.rowsFound()));
        return frequencies;
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
