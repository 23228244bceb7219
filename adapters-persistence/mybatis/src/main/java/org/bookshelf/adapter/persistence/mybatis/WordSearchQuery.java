package org.bookshelf.adapter.persistence.mybatis;

import java.util.List;

/**
 * One statement of a word search: its parts, each a walk in listing order that stops at {@code limit} items,
 * and the criteria every item must meet besides the words.
 *
 * @param exact            the exact title or name an item must have, or {@code null}
 * @param exactKey         its sort key, or {@code null}
 * @param creditedAuthorId an author a book must credit, or {@code null}
 */
record WordSearchQuery(List<Part> parts, String exact, String exactKey, Long creditedAuthorId, int limit) {

    /**
     * One walk: along the rows of one word ({@code exactWord}), of one prefix read whole and sorted
     * ({@code wordPattern}), or along every book or author in listing order ({@code walk}); keeping the items whose
     * other words match.
     *
     * @param inTitle             which rows of {@code book_words} to walk: a title's words, or the others
     *                            (ignored by walks and by authors' searches)
     * @param titlePatterns       word prefixes ({@code LIKE} patterns) the item's title must hold
     * @param anyPatterns         word prefixes the item must hold anywhere
     * @param notAllTitlePatterns word prefixes the title must not hold all of (empty: no such condition)
     * @param afterKey            the sort key the walk starts after, with {@code afterId}; {@code null} from the first
     */
    record Part(
            int index,
            boolean walk,
            Boolean inTitle,
            String exactWord,
            String wordPattern,
            List<String> titlePatterns,
            List<String> anyPatterns,
            List<String> notAllTitlePatterns,
            String afterKey,
            Long afterId) {

        Part startingAfter(String key, Long id) {
            return new Part(
                    index,
                    walk,
                    inTitle,
                    exactWord,
                    wordPattern,
                    titlePatterns,
                    anyPatterns,
                    notAllTitlePatterns,
                    key,
                    id);
        }
    }
}
