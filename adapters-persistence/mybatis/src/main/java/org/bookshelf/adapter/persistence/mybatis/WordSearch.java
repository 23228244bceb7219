package org.bookshelf.adapter.persistence.mybatis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.bookshelf.adapter.persistence.mybatis.SearchWordMapper.SearchHitRow;
import org.bookshelf.adapter.persistence.mybatis.SearchWordMapper.WordStatRow;
import org.bookshelf.adapter.persistence.mybatis.WordSearchQuery.Part;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.search.SearchWords;
import org.bookshelf.domain.Text;

/**
 * How a search of {@code title_words} or {@code author_words} reads as few rows as it can: it first asks, for each
 * word, how many rows it has (counted up to {@value #FEW_ROWS}) and which distinct words start with it (up to
 * {@value #MANY_WORDS}), in one statement; then it walks the rarest word's rows in listing order and checks the
 * other words of each item, stopping at a page or at the rows one request may read ({@link WalkBudget}). The
 * other words are checked on the sort key the walk has read when the item's words can be read off it
 * ({@link #WORDS_ARE_THOSE_OF_SORT_KEY}), else looked up by primary key. The walk is:
 *
 * <ul>
 *   <li>fewer than {@value #FEW_ROWS} rows: they are read whole and sorted;</li>
 *   <li>otherwise each distinct word's rows, in index order ({@code title_key}, id), one walk a word;</li>
 *   <li>a prefix of more than {@value #MANY_WORDS} words with as many rows (such as one letter) is so common that
 *       walking every book or author in listing order finds a page soonest.</li>
 * </ul>
 *
 * <p>Walks are merged here: an item two walks find (a title holding both "lantern" and "lanterns", two authors
 * sharing a name) counts once, and items are only taken up to the point every walk has reached.
 */
final class WordSearch {

    static final int FEW_ROWS = 200;
    static final int MANY_WORDS = 32;

    /** The rows a round's walks may read before MariaDB interrupts them, and the search goes on in stretches. */
    static final int FIRST_WALK_READS = 18_000;

    /** The part of the row that tells that a bounded round of walks ran to its ends, not interrupted. */
    static final int WALKS_ENDED = -1;

    /** A first stretch is this many rows per item wanted. */
    static final int FIRST_SPAN_PER_ITEM = 64;

    /** How many times a walk's stretch grows from one round to the next. */
    static final int SPAN_GROWTH = 4;

    /** The most rows of one stretch. */
    static final int MAX_SPAN = 4_096;

    private static final Comparator<SearchHitRow> LISTING_ORDER =
            Comparator.comparing(SearchHitRow::sortKey, Text::compareSortKeys).thenComparingLong(SearchHitRow::id);

    /**
     * A regular expression over the UTF-8 bytes of a sort key (MariaDB matches a {@code VARBINARY} byte by byte) that
     * holds only printable ASCII and {@linkplain SearchWords#sortKeyLetters() sort key letters}: a key whose words can
     * be read off it ({@link SearchWords#wordsAreThoseOfSortKey}). Its quantifiers are possessive: a key that fails
     * fails at once, without backtracking through the alternatives at every character (a third of a walk's time).
     */
    static final String WORDS_ARE_THOSE_OF_SORT_KEY =
            "^(?:[\\x20-\\x7e]++|" + anyOf(SearchWords.sortKeyLetters().keySet()) + ")*+$";

    /** Each letter a sort key letter folds to: the regular expression of its spellings, itself included. */
    private static final Map<Integer, String> SPELLINGS = spellingsOfEachLetter();

    /** The rows of one word of one kind (a title's, or names' and ISBNs'): counted up to a bound, distinct words. */
    record Run(String pattern, long rows, List<String> words) {

        boolean isEmpty() {
            return rows == 0;
        }
    }

    private WordSearch() {}

    /** The {@code LIKE} pattern of the words starting with {@code word} (search words hold no {@code %_\}). */
    static String prefixPattern(String word) {
        return word + "%";
    }

    /**
     * The {@code LIKE} pattern of a printable ASCII sort key holding {@code word} anywhere; a word with other characters
     * is held by no such key, and its pattern matches none.
     */
    static String inSortKeyPattern(String word) {
        return "%" + word + "%";
    }

    /**
     * A regular expression over the UTF-8 bytes of a sort key that {@link #WORDS_ARE_THOSE_OF_SORT_KEY} accepts, which
     * holds a word starting with {@code word}: after the key's start or a byte of ASCII other than a letter or digit,
     * each character of {@code word} or a sort key letter that folds to it.
     */
    static String sortKeyWordStart(String word) {
        StringBuilder regex = new StringBuilder("(?<![a-z0-9\\x80-\\xff])");
        word.codePoints().forEach(c -> {
            String spellings = SPELLINGS.get(c);
            regex.append("(?:")
                    .append(spellings != null ? spellings : anyOf(List.of(c)))
                    .append(')');
        });
        return regex.toString();
    }

    private static Map<Integer, String> spellingsOfEachLetter() {
        Map<Integer, List<Integer>> lettersByFolded = new HashMap<>();
        SearchWords.sortKeyLetters()
                .forEach((letter, folded) -> lettersByFolded
                        .computeIfAbsent(folded, itself -> new ArrayList<>(List.of(itself)))
                        .add(letter));
        Map<Integer, String> spellings = new HashMap<>();
        lettersByFolded.forEach((folded, letters) -> spellings.put(folded, anyOf(letters)));
        return spellings;
    }

    /**
     * A regular expression matching the UTF-8 bytes of any one of {@code characters}: the characters that share all
     * bytes but their last are one alternative, a class of their last bytes.
     */
    private static String anyOf(Collection<Integer> characters) {
        Map<String, BitSet> lastBytesByLead = new TreeMap<>();
        for (int c : characters) {
            byte[] bytes = Character.toString(c).getBytes(StandardCharsets.UTF_8);
            StringBuilder lead = new StringBuilder();
            for (int i = 0; i < bytes.length - 1; i++) {
                lead.append(hex(bytes[i] & 0xff));
            }
            lastBytesByLead
                    .computeIfAbsent(lead.toString(), any -> new BitSet())
                    .set(bytes[bytes.length - 1] & 0xff);
        }
        StringJoiner alternatives = new StringJoiner("|");
        lastBytesByLead.forEach((lead, lastBytes) -> {
            StringBuilder alternative = new StringBuilder(lead).append('[');
            for (int from = lastBytes.nextSetBit(0); from >= 0; ) {
                int to = lastBytes.nextClearBit(from) - 1;
                alternative.append(hex(from));
                if (to > from) {
                    alternative.append('-').append(hex(to));
                }
                from = lastBytes.nextSetBit(to + 1);
            }
            alternatives.add(alternative.append(']'));
        });
        return alternatives.toString();
    }

    private static String hex(int value) {
        return "\\x" + Character.forDigit(value >> 4, 16) + Character.forDigit(value & 0xf, 16);
    }

    /** The runs of each pattern's words in {@code stats} among the rows of {@code kind}, in pattern order. */
    static List<Run> runs(List<String> patterns, List<WordStatRow> stats, String kind) {
        return IntStream.range(0, patterns.size())
                .mapToObj(i -> {
                    long rows = 0;
                    List<String> words = new ArrayList<>();
                    for (WordStatRow stat : stats) {
                        if (stat.position() == i && stat.kind().equals(kind)) {
                            if (stat.word() == null) {
                                rows = stat.rowsFound();
                            } else {
                                words.add(stat.word());
                            }
                        }
                    }
                    return new Run(patterns.get(i), rows, words);
                })
                .toList();
    }

    /**
     * The walks along {@code driver}'s rows, each built by {@code part} from its word or pattern; {@code null} when a
     * walk of every item serves better.
     */
    static List<Part> along(Run driver, PartMaker part) {
        if (driver.rows() < FEW_ROWS) {
            return List.of(part.make(0, null, driver.pattern()));
        }
        if (driver.words().size() > MANY_WORDS) {
            return null;
        }
        return IntStream.range(0, driver.words().size())
                .mapToObj(i -> part.make(i, driver.words().get(i), null))
                .toList();
    }

    /** Builds the {@code n}th walk along one word's rows ({@code exactWord}) or along a prefix's ({@code pattern}). */
    interface PartMaker {
        Part make(int n, String exactWord, String pattern);
    }

    /** The index of the smallest of {@code rowCounts}: the rarest word. */
    static int rarest(List<Long> rowCounts) {
        int rarest = 0;
        for (int i = 1; i < rowCounts.size(); i++) {
            if (rowCounts.get(i) < rowCounts.get(rarest)) {
                rarest = i;
            }
        }
        return rarest;
    }

    /**
     * Runs the walks of {@code parts} from {@code after} until {@code wanted} items are found, every walk has ended,
     * or {@code budget} is spent; answers the ids found, in listing order, and where the walks stopped when they
     * stopped for the budget.
     *
     * <p>A round first walks as far as it must, but asks MariaDB to interrupt it after {@value #FIRST_WALK_READS}
     * rows: most searches end there, in one statement. One that was interrupted has common words rarely found
     * together, and goes on in stretches: each round first finds where the next stretch of each walk's rows ends,
     * reading the index only, then walks those stretches, checking their rows (a walk that checks nothing stops at its
     * limit and needs no stretch). A stretch is {@value #FIRST_SPAN_PER_ITEM} rows per item wanted at first and grows
     * {@value #SPAN_GROWTH} times each round, up to {@value #MAX_SPAN}.
     */
    static Collected collect(List<Part> parts, Keyset after, int wanted, WalkBudget budget, Walks walks) {
        List<Long> found = new ArrayList<>();
        if (parts.isEmpty()) {
            return new Collected(found, null);
        }
        Set<Long> seen = new HashSet<>();
        String afterKey = after == null ? null : after.sortKey();
        Long afterId = after == null ? null : after.id();
        boolean inStretches = false;
        int span = (int) Math.min(MAX_SPAN, (long) FIRST_SPAN_PER_ITEM * wanted);
        while (true) {
            List<Part> from = new ArrayList<>();
            for (Part part : parts) {
                from.add(afterKey == null ? part : part.startingAfter(afterKey, afterId));
            }
            int limit = wanted - found.size();
            Map<Integer, SearchHitRow> stretchEnds = Map.of();
            int spanOfEach = 0;
            List<SearchHitRow> hits;
            if (inStretches) {
                spanOfEach = budget.spanFor(
                        span, from.stream().mapToInt(walks::rowsReadPerRow).sum());
                stretchEnds = stretchEnds(from, spanOfEach, walks);
                hits = walks.walk(endingAt(from, stretchEnds), limit, 0);
                span = Math.min(SPAN_GROWTH * span, MAX_SPAN);
            } else {
                int reads = budget.firstWalkReads();
                List<SearchHitRow> rows = walks.walk(from, limit, reads);
                budget.spend(reads);
                if (rows.stream().noneMatch(row -> row.part() == WALKS_ENDED)) {
                    inStretches = true;
                    continue;
                }
                hits = rows.stream().filter(row -> row.part() != WALKS_ENDED).toList();
            }
            SearchHitRow reachedByAll = null;
            for (Part part : from) {
                List<SearchHitRow> ofPart =
                        hits.stream().filter(hit -> hit.part() == part.index()).toList();
                if (inStretches) {
                    // A whole stretch, or the last rows of a walk, fewer than a stretch: charged as the rows found.
                    budget.spend((stretchEnds.containsKey(part.index()) ? spanOfEach : ofPart.size())
                            * walks.rowsReadPerRow(part));
                }
                SearchHitRow reached = ofPart.size() >= limit
                        ? ofPart.stream().max(LISTING_ORDER).orElseThrow()
                        : stretchEnds.get(part.index());
                if (reached != null && (reachedByAll == null || LISTING_ORDER.compare(reached, reachedByAll) < 0)) {
                    reachedByAll = reached;
                }
            }
            SearchHitRow bound = reachedByAll;
            hits.stream()
                    .filter(hit -> bound == null || LISTING_ORDER.compare(hit, bound) <= 0)
                    .sorted(LISTING_ORDER)
                    .forEach(hit -> {
                        if (found.size() < wanted && seen.add(hit.id())) {
                            found.add(hit.id());
                        }
                    });
            if (found.size() >= wanted || bound == null) {
                return new Collected(found, null);
            }
            if (budget.isSpent()) {
                return new Collected(found, bound);
            }
            afterKey = bound.sortKey();
            afterId = bound.id();
        }
    }

    /** Where the next {@code span} rows of each of {@code parts} that checks its items end, by part. */
    private static Map<Integer, SearchHitRow> stretchEnds(List<Part> parts, int span, Walks walks) {
        List<Part> checking = parts.stream().filter(walks::checksItems).toList();
        Map<Integer, SearchHitRow> ends = new HashMap<>();
        if (!checking.isEmpty()) {
            walks.stretchEnds(checking, span).forEach(end -> ends.put(end.part(), end));
        }
        return ends;
    }

    /** Each of {@code parts}, ending at its stretch's end where it has one. */
    private static List<Part> endingAt(List<Part> parts, Map<Integer, SearchHitRow> ends) {
        return parts.stream()
                .map(part -> {
                    SearchHitRow end = ends.get(part.index());
                    return end == null ? part : part.endingAt(end.sortKey(), end.id());
                })
                .toList();
    }

    /** The two statements of a round of a search's walks. */
    interface Walks {

        /**
         * Whether {@code part} checks the items it walks, and may walk many rows to find a few: a walk that keeps every
         * item it walks needs no stretch, since it stops at its limit.
         */
        boolean checksItems(Part part);

        /** About how many rows the database reads for each row {@code part} walks, its checks included. */
        int rowsReadPerRow(Part part);

        /** Where each of {@code parts}' next {@code span} rows end; none for a part with fewer left. */
        List<SearchHitRow> stretchEnds(List<Part> parts, int span);

        /**
         * What each of {@code parts} finds, up to {@code limit} items; with {@code examineAtMost} above 0, nothing at
         * all when the database read that many rows first, and else also a row of part {@value WordSearch#WALKS_ENDED}.
         */
        List<SearchHitRow> walk(List<Part> parts, int limit, int examineAtMost);
    }

    /**
     * What the walks of a search found, in listing order, and the row they had all reached when the budget stopped
     * them ({@code null} when they found all that was wanted or ended).
     */
    record Collected(List<Long> ids, SearchHitRow stoppedAt) {

        /** Where the listing goes on after this stop, in the search's rank {@code rank}; {@code null} if it ended. */
        Keyset stoppedAt(int rank) {
            return stoppedAt == null ? null : new Keyset(rank, stoppedAt.sortKey(), stoppedAt.id());
        }
    }

    /**
     * How many more rows the walks of one request may have the database read (the service allows
     * {@value #ROWS_PER_REQUEST}, leaving room under 50,000 for the search's other statements). A search that
     * spends it answers what it found so far and where it stopped, and the next page goes on from there: a search
     * whose words are common but whose matches are rare costs a bounded number of rows per request, however large the
     * catalogue.
     */
    static final class WalkBudget {

        static final int ROWS_PER_REQUEST = 36_000;

        private int left;

        WalkBudget(int rows) {
            this.left = rows;
        }

        /**
         * The rows each walk of a round walks: {@code span}, within what is left when the database reads
         * {@code rowsReadPerRow} rows for a row of every walk, and at least one.
         */
        int spanFor(int span, int rowsReadPerRow) {
            return Math.max(1, Math.min(span, left / Math.max(1, rowsReadPerRow)));
        }

        /**
         * The rows a round of walks that go as far as they must may read: {@value WordSearch#FIRST_WALK_READS}, and at
         * most half of what is left, so that walks in stretches can go on from there.
         */
        int firstWalkReads() {
            return Math.max(1, Math.min(FIRST_WALK_READS, left / 2));
        }

        void spend(int rows) {
            left -= rows;
        }

        boolean isSpent() {
            return left <= 0;
        }
    }
}
