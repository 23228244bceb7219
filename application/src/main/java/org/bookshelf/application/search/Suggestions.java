package org.bookshelf.application.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.out.CatalogueReads;

/**
 * The words of the catalogue offered instead of those of a search that found nothing: for each search word the
 * catalogue does not hold, the catalogue's words within {@value #MAX_EDITS} edits of it that start with the same
 * letter (a typo rarely hits the first one, and that keeps the words to compare few), most frequent first, at most
 * {@value #MAX_SUGGESTIONS} in all.
 */
public final class Suggestions {

    public static final int MAX_SUGGESTIONS = 5;
    static final int MAX_EDITS = 2;

    /** The most words compared per letter; past them a catalogue's words of that letter are not all looked at. */
    static final int MAX_CANDIDATES = 2000;

    /** Frequencies are counted up to this: past it, a word is as common as can matter. */
    static final long COUNT_UP_TO = 10_000;

    private static final LevenshteinDistance WITHIN_REACH = new LevenshteinDistance(MAX_EDITS);

    private Suggestions() {}

    /** The suggestions for {@code search}, in {@code scope}; empty when every word is in the catalogue. */
    public static List<String> of(SearchQuery search, WordScope scope, CatalogueReads reads) {
        Set<String> near = new LinkedHashSet<>();
        for (String word : search.words()) {
            if (word.codePointCount(0, word.length()) < 2 || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            String firstLetter = word.substring(0, word.offsetByCodePoints(0, 1));
            List<String> sameLetter = reads.wordsStartingWith(scope, firstLetter, MAX_CANDIDATES);
            if (sameLetter.stream().anyMatch(known -> known.startsWith(word))) {
                continue;
            }
            sameLetter.stream()
                    .filter(known -> WITHIN_REACH.apply(word, known) >= 0)
                    .forEach(near::add);
        }
        if (near.isEmpty()) {
            return List.of();
        }
        Map<String, Long> frequencies = reads.wordFrequencies(scope, near, COUNT_UP_TO);
        List<String> ranked = new ArrayList<>(near);
        ranked.sort(Comparator.comparing((String word) -> -frequencies.getOrDefault(word, 0L))
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(ranked.subList(0, Math.min(MAX_SUGGESTIONS, ranked.size())));
    }
}
