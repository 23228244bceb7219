package org.bookshelf.adapter.persistence.mybatis;

import java.util.List;

/**
 * One statement of a word search: its parts, each a walk in listing order that stops at {@code limit} items or at
 * the end of its stretch, and the criteria every item must meet besides the words; or, with {@code span}, the
 * statement that finds where each part's next stretch of that many rows ends.
 *
 * @param exact            the exact title or name an item must have, or {@code null}
 * @param exactKey         its sort key, or {@code null}
 * @param creditedAuthorId an author a book must credit, or {@code null}
 * @param examineAtMost    the rows the walks may read before MariaDB interrupts them ({@code 0}: no bound)
 */
record WordSearchQuery(
        List<Part> parts,
        String exact,
        String exactKey,
        Long creditedAuthorId,
        int limit,
        int span,
        int examineAtMost) {

    /** How many rows a stretch's end is past where its part starts. */
    int spanOffset() {
        return span - 1;
    }

    /** The regular expression of a sort key whose words can be read off it ({@link WordSearch#WORDS_ARE_THOSE_OF_SORT_KEY}). */
    String wordsAreThoseOfSortKey() {
        return WordSearch.WORDS_ARE_THOSE_OF_SORT_KEY;
    }

    /** What a part walks. */
    enum Source {
        /** The rows of one word ({@code exactWord}) or of a prefix ({@code pattern}) of titles' or names' words. */
        WORDS,
        /** The books crediting an author with a word of a prefix: few, gathered and sorted. */
        AUTHORS_BOOKS,
        /** The books with an ISBN of a prefix: few, gathered and sorted. */
        ISBNS,
        /** Every book or author, in listing order. */
        ALL
    }

    /**
     * A word the item must hold: checked by primary key, against the distinct words starting with it when they are
     * known (an {@code IN} list reads one row a word), else against its {@code LIKE} pattern (every word of the item).
     * A title or name whose words can be read off its sort key is checked on that key instead, which the walk has read
     * ({@link org.bookshelf.application.search.SearchWords#wordsAreThoseOfSortKey}).
     *
     * @param pattern     the {@code LIKE} pattern of the words starting with it
     * @param inSortKey   the {@code LIKE} pattern of a printable ASCII sort key holding it anywhere
     * @param wordStart   the regular expression of a sort key showing its words that holds a word starting with it
     * @param titleWords  the words of titles starting with it, or {@code null} when there are too many to list
     * @param nameWords   the words of names starting with it, or {@code null} when there are too many to list
     * @param inTitleOnly where a book must hold it: its title, or its title, authors' names or (when the word is of
     *                    digits, {@code isbn}) its ISBN
     */
    record Probe(
            String pattern,
            String inSortKey,
            String wordStart,
            List<String> titleWords,
            List<String> nameWords,
            boolean inTitleOnly,
            boolean isbn) {}

    /**
     * One walk, keeping the items that hold every probe's word.
     *
     * @param notAllInTitle words the book's title must not hold all of (empty: no such condition)
     * @param afterKey      the sort key the walk starts after, with {@code afterId}; {@code null} from the first
     * @param endKey        the sort key the walk ends at, with {@code endId}; {@code null} to walk to the end
     */
    record Part(
            int index,
            Source source,
            String exactWord,
            String pattern,
            List<Probe> probes,
            List<Probe> notAllInTitle,
            String afterKey,
            Long afterId,
            String endKey,
            Long endId) {

        Part(
                int index,
                Source source,
                String exactWord,
                String pattern,
                List<Probe> probes,
                List<Probe> notAllInTitle) {
            this(index, source, exactWord, pattern, probes, notAllInTitle, null, null, null, null);
        }

        /** This walk from after the item of {@code key} and {@code id}, to the end. */
        Part startingAfter(String key, Long id) {
            return new Part(index, source, exactWord, pattern, probes, notAllInTitle, key, id, null, null);
        }

        /** This walk, ending at the item of {@code key} and {@code id}. */
        Part endingAt(String key, Long id) {
            return new Part(index, source, exactWord, pattern, probes, notAllInTitle, afterKey, afterId, key, id);
        }

        boolean walksWords() {
            return source == Source.WORDS;
        }

        boolean walksAuthorsBooks() {
            return source == Source.AUTHORS_BOOKS;
        }

        boolean walksIsbns() {
            return source == Source.ISBNS;
        }
    }
}
