package org.bookshelf.application.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.out.CatalogueReads;

/**
 * The words of the catalogue offered instead of those of a search that found nothing: for each search word the
 * catalogue does not hold, the catalogue's words within {@value #MAX_EDITS} edits of it that start with the same
 * letter (a typo rarely hits the first one, and that keeps the words to compare few), at most
 * {@value #MAX_SUGGESTIONS} in all: most frequent first, then those fewest edits away, then in word order.
 */
public final class Suggestions {

    public static final int MAX_SUGGESTIONS = 5;
    static final int MAX_EDITS = 2;

    /** The most words compared per letter; past them a catalogue's words of that letter are not all looked at. */
    static final int MAX_CANDIDATES = 2000;

    /**
     * The rows the frequencies of one suggestion are counted on, shared among the words within reach: past its
     * share, a word is as common as can matter. It keeps a search that finds nothing as cheap as one that finds
     * something, however common the words near the ones typed.
     */
    static final long ROWS_COUNTED = 1_000;

    /**
     * Edits as typing makes them: a letter added, left out or replaced, or two neighbours swapped ("teh" is one
     * edit from "the"; optimal string alignment).
     */
    private static final DamerauLevenshteinDistance WITHIN_REACH = new DamerauLevenshteinDistance(MAX_EDITS);

    private Suggestions() {}

    /** The suggestions for {@code search}, in {@code scope}; empty when every word is in the catalogue. */
    public static List<String> of(SearchQuery search, WordScope scope, CatalogueReads reads) {
        Map<String, Integer> editsAway = new LinkedHashMap<>();
        for (String word : search.words()) {
            if (word.codePointCount(0, word.length()) < 2 || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            String firstLetter = word.substring(0, word.offsetByCodePoints(0, 1));
            List<String> sameLetter = reads.wordsStartingWith(scope, firstLetter, MAX_CANDIDATES);
            if (sameLetter.stream().anyMatch(known -> known.startsWith(word))) {
                continue;
            }
            for (String known : sameLetter) {
                int edits = WITHIN_REACH.apply(word, known);
                if (edits >= 0) {
                    editsAway.merge(known, edits, Math::min);
                }
            }
        }
        if (editsAway.isEmpty()) {
            return List.of();
        }
        Map<String, Long> frequencies = reads.wordFrequencies(scope, editsAway.keySet(), countUpTo(editsAway.size()));
        List<String> ranked = new ArrayList<>(editsAway.keySet());
        ranked.sort(Comparator.comparing((String word) -> -frequencies.getOrDefault(word, 0L))
                .thenComparing(editsAway::get)
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(ranked.subList(0, Math.min(MAX_SUGGESTIONS, ranked.size())));
    }

    /**
     * How far each word's frequency is counted when {@code words} are compared: an equal share of
     * {@value #ROWS_COUNTED} rows, at least one.
     */
    static long countUpTo(int words) {
        return Math.max(1, ROWS_COUNTED / words);
    }
}
