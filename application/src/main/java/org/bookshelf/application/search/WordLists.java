package org.bookshelf.application.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bookshelf.domain.Text;

/**
 * The catalogue's words, for a store that keeps none and reads the index words of each book or author as it goes
 * ({@link SearchWords#ofBook}, {@link SearchWords#ofName}): listed by prefix and counted, as
 * {@link org.bookshelf.application.port.out.CatalogueReads} asks.
 */
public final class WordLists {

    private WordLists() {}

    /** Up to {@code max} distinct words of {@code held} starting with {@code prefix}, in code point order. */
    public static List<String> startingWith(Stream<Set<String>> held, String prefix, int max) {
        return held.flatMap(Set::stream)
                .filter(word -> word.startsWith(prefix))
                .distinct()
                .sorted(Text::compareSortKeys)
                .limit(max)
                .toList();
    }

    /** For each of {@code words} some item of {@code held} has, how many have it, counted up to {@code upTo}. */
    public static Map<String, Long> frequencies(Stream<Set<String>> held, Collection<String> words, long upTo) {
        Map<String, Long> frequencies = new HashMap<>();
        held.forEach(itemWords -> words.stream()
                .filter(itemWords::contains)
                .forEach(word -> frequencies.merge(word, 1L, (one, other) -> Math.min(upTo, one + other))));
        return frequencies;
    }
}
