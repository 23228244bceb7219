package org.bookshelf.application.search;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bookshelf.application.model.RequestValue;
import org.bookshelf.domain.InvalidValueException;
import org.bookshelf.domain.Isbn;

/**
 * A search as people type it, read into the folded words a book must match, by the rules of
 * {@link SearchWords}: a book matches when every search word starts one of its index words.
 *
 * <p>A search that, without its hyphens and spaces, is a valid ISBN-10 or ISBN-13 is the one word of
 * its 13 digits, so {@code 0-306-40615-2}, {@code 978-0-306-40615-7} and {@code 9780306406157} find the
 * same book. Other digits are ordinary words: {@code 9780306} finds that book too.
 */
public final class SearchQuery {

    /** The longest search accepted, in code points, before it is read. */
    public static final int MAX_LENGTH = 200;

    /** The most distinct words a search may have. */
    public static final int MAX_WORDS = 10;

    private static final Pattern ISBN_SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern ISBN_CHARACTERS = Pattern.compile("[0-9]{9}[0-9Xx]|[0-9]{13}");

    private final List<String> words;

    private SearchQuery(List<String> words) {
        this.words = words;
    }

    /**
     * Reads a search.
     *
     * @throws InvalidValueException ({@link RequestValue#SEARCH_TEXT}) when it is longer than {@value #MAX_LENGTH} characters, has more than
     *     {@value #MAX_WORDS} distinct words, or has no word at all (only separators, such as {@code %} or
     *     {@code --})
     */
    public static SearchQuery parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        int length = raw.codePointCount(0, raw.length());
        if (length > MAX_LENGTH) {
            throw new InvalidValueException(
                    RequestValue.SEARCH_TEXT, "must be at most " + MAX_LENGTH + " characters, was " + length);
        }
        String isbn = isbn(raw);
        List<String> words = isbn != null
                ? List.of(isbn)
                : SearchWords.searchWords(raw).stream().distinct().toList();
        if (words.isEmpty()) {
            throw new InvalidValueException(
                    RequestValue.SEARCH_TEXT, "must hold at least one word of letters or digits");
        }
        if (words.size() > MAX_WORDS) {
            throw new InvalidValueException(
                    RequestValue.SEARCH_TEXT,
                    "must have at most " + MAX_WORDS + " different words, had " + words.size());
        }
        return new SearchQuery(words);
    }

    /**
     * The folded search words, each kept once, in the order typed. None contains {@code %}, {@code _} or
     * {@code \}, so each can be a {@code LIKE} prefix pattern as it is.
     */
    public List<String> words() {
        return words;
    }

    /**
     * Whether every search word is the start of at least one of the given index words, those of
     * {@link SearchWords}: of a title alone to rank the book first, or of its title, authors' names and
     * ISBN together to find it at all.
     */
    public boolean matches(Collection<String> indexWords) {
        return words.stream().allMatch(word -> indexWords.stream().anyMatch(indexWord -> indexWord.startsWith(word)));
    }

    /** The 13 digits of the ISBN the whole search is, or {@code null} when it is none. */
    private static String isbn(String raw) {
        if (!ISBN_CHARACTERS
                .matcher(ISBN_SEPARATORS.matcher(raw).replaceAll(""))
                .matches()) {
            return null;
        }
        try {
            return Isbn.parse(raw).value();
        } catch (InvalidValueException notAnIsbn) {
            return null;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchQuery query && words.equals(query.words);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return "SearchQuery" + words;
    }
}
