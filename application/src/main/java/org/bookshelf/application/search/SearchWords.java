package org.bookshelf.application.search;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bookshelf.application.model.BookView;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Text;

/**
 * The one definition of the words a book is found by, shared by every store so that none can disagree.
 *
 * <p>Text is first {@linkplain #fold(String) folded}, then split into words: runs of letters and digits
 * in any script (with the marks that belong to them); everything else, {@code % _ * + -}, quotes and
 * backslashes included, separates words. A search word matches an index word that starts with it
 * ({@link SearchQuery#matches}), so a store finds books with a prefix range scan over a sorted table of
 * index words.
 *
 * <p>Scripts written without spaces (Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer, Myanmar) must
 * match any run of their characters, so a run of them is indexed as all its suffixes: "substring of the
 * run" becomes "prefix of an index word", one mechanism for every script. Digits and other scripts
 * next to such a run are words of their own.
 *
 * <p>Caps, in code points (MariaDB counts {@code VARCHAR} length the same way): an index word keeps its
 * first {@value #MAX_WORD_LENGTH}; a suffix of an unspaced run its first {@value #MAX_RUN_WORD_LENGTH};
 * a run is indexed by its first {@value #MAX_SUFFIXES_PER_RUN} suffixes, so text past that point of a
 * longer run is found only through the suffixes that start before it. Search words are cut to the same
 * lengths, so prefix matching still holds for longer words.
 *
 * <p>Index and search words never contain {@code %}, {@code _} or {@code \}, so they are safe in a
 * {@code LIKE} pattern without escaping.
 */
public final class SearchWords {

    /** The most code points kept of a word; longer words are cut, in the index and in searches alike. */
    public static final int MAX_WORD_LENGTH = 40;

    /** The most code points kept of a word of an unspaced script (a suffix, or a search's run). */
    public static final int MAX_RUN_WORD_LENGTH = 16;

    /** The most suffixes indexed for one run of an unspaced script: those starting at its first characters. */
    public static final int MAX_SUFFIXES_PER_RUN = 64;

    private static final Normalizer2 CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 DECOMPOSITION = Normalizer2.getNFDInstance();

    private static final int MARKS = 1 << UCharacterCategory.NON_SPACING_MARK
            | 1 << UCharacterCategory.ENCLOSING_MARK
            | 1 << UCharacterCategory.COMBINING_SPACING_MARK;
    private static final int LETTERS = 1 << UCharacterCategory.UPPERCASE_LETTER
            | 1 << UCharacterCategory.LOWERCASE_LETTER
            | 1 << UCharacterCategory.TITLECASE_LETTER
            | 1 << UCharacterCategory.MODIFIER_LETTER
            | 1 << UCharacterCategory.OTHER_LETTER;
    private static final int WORD_CHARACTERS = LETTERS
            | MARKS
            | 1 << UCharacterCategory.DECIMAL_DIGIT_NUMBER
            | 1 << UCharacterCategory.LETTER_NUMBER
            | 1 << UCharacterCategory.OTHER_NUMBER;

    /** The scripts written without spaces between words. */
    private static final int[] UNSPACED_SCRIPTS = {
        UScript.HAN,
        UScript.HIRAGANA,
        UScript.KATAKANA,
        UScript.HANGUL,
        UScript.THAI,
        UScript.LAO,
        UScript.KHMER,
        UScript.MYANMAR
    };

    private static final Set<Integer> SORT_KEY_SCRIPTS = Set.of(UScript.LATIN, UScript.GREEK, UScript.CYRILLIC);
    private static final Map<Integer, Integer> SORT_KEY_LETTERS = sortKeyLettersOfThePlane();

    private SearchWords() {}

    /** The index words of a book's title; a search whose words all match these ranks the book first. */
    public static Set<String> ofTitle(String title) {
        return indexWords(title);
    }

    /** The index words of an author's name, for the author and for every book crediting them. */
    public static Set<String> ofName(String authorName) {
        return indexWords(authorName);
    }

    /** Every index word a book is found by: those of its title, of its authors' names and of its ISBN. */
    public static Set<String> ofBook(BookView book) {
        Set<String> words = new HashSet<>(ofTitle(book.title().value()));
        book.authors().forEach(author -> words.addAll(ofName(author.name().value())));
        if (book.isbn() != null) {
            words.addAll(ofIsbn(book.isbn()));
        }
        return words;
    }

    /** The one index word of an ISBN: its 13 digits, as {@link SearchQuery} turns any ISBN it is given. */
    public static Set<String> ofIsbn(Isbn isbn) {
        return Set.of(isbn.value());
    }

    /**
     * Folds text so that case and accents do not matter, by Unicode rules; separators stay where they are.
     *
     * <ol>
     *   <li>NFKC case folding: full case folding ({@code ß} to {@code ss}, final {@code ς} to {@code σ},
     *       {@code İ} to {@code i}), compatibility forms unified (ligatures, full-width and half-width
     *       forms, {@code Ⅻ} to {@code xii}), invisible characters such as soft hyphens removed;</li>
     *   <li>accents dropped from letters of the Latin, Greek, Cyrillic, Hebrew and Arabic scripts
     *       ({@code ó}, {@code ễ}, {@code ά}, {@code ё}, vowel points). Other scripts keep their marks: there
     *       they are vowels or spelling (Japanese voicing, Indic and Thai vowel signs);</li>
     *   <li>the Latin letters of living orthographies that have no decomposition are spelled in ASCII as
     *       ICU's {@code Latin-ASCII} transliteration spells them ({@code ø} to {@code o}, {@code ı} to
     *       {@code i}, {@code ł} to {@code l}, {@code æ} to {@code ae});</li>
     *   <li>decimal digits of any script become ASCII digits.</li>
     * </ol>
     *
     * <p>Nothing is transliterated from one script into another: Greek stays Greek, Cyrillic stays Cyrillic.
     */
    public static String fold(String text) {
        String folded = CASE_FOLD.normalize(text);
        if (isAscii(folded)) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length());
        boolean dropMarks = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.append((char) c);
                dropMarks = c >= 'a' && c <= 'z';
                continue;
            }
            int type = UCharacter.getType(c);
            if (is(MARKS, type)) {
                if (!dropMarks) {
                    out.appendCodePoint(c);
                }
                continue;
            }
            dropMarks = is(LETTERS, type) && hasOptionalAccents(c);
            if (dropMarks) {
                appendWithoutAccents(out, c);
            } else if (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + UCharacter.digit(c, 10)));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether text whose {@linkplain org.bookshelf.domain.Text#sortKey sort key} is {@code sortKey} has the words
     * that can be read off the key itself: when every character of the key is printable ASCII (U+0020 to U+007E) or
     * one of {@link #sortKeyLetters()}, each folds on its own to one character, and the text's index words are the
     * key's runs of {@code a}–{@code z}, {@code 0}–{@code 9} and those letters, each letter read as the character it
     * folds to and each run cut to {@value #MAX_WORD_LENGTH} code points. A store may then check the words of such a
     * text on its sort key, without looking its words up.
     */
    public static boolean wordsAreThoseOfSortKey(String sortKey) {
        for (int i = 0; i < sortKey.length(); ) {
            int c = sortKey.codePointAt(i);
            if ((c < ' ' || c > '~') && !SORT_KEY_LETTERS.containsKey(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * The characters besides printable ASCII that a sort key may hold and still show its words
     * ({@link #wordsAreThoseOfSortKey}), each with the one letter it folds to: the lowercase letters of the Latin,
     * Greek and Cyrillic scripts in the Basic Multilingual Plane that fold to one letter ({@code ó} and {@code ø}
     * to {@code o}, {@code ά} to {@code α}, {@code ё} to {@code е}).
     */
    public static Map<Integer, Integer> sortKeyLetters() {
        return Collections.unmodifiableMap(SORT_KEY_LETTERS);
    }

    private static Map<Integer, Integer> sortKeyLettersOfThePlane() {
        Map<Integer, Integer> letters = new HashMap<>();
        for (int c = 0x80; c <= 0xFFFF; c++) {
            String character = Character.toString(c);
            if (!is(LETTERS, UCharacter.getType(c))
                    || !SORT_KEY_SCRIPTS.contains(UScript.getScript(c))
                    || !Text.sortKey(character).equals(character)) {
                continue;
            }
            String folded = fold(character);
            if (folded.codePointCount(0, folded.length()) == 1
                    && is(LETTERS, UCharacter.getType(folded.codePointAt(0)))) {
                letters.put(c, folded.codePointAt(0));
            }
        }
        return letters;
    }

    /** The search words of raw text: spaced words and unspaced runs, cut to their caps, in order. */
    static List<String> searchWords(String text) {
        List<String> words = new ArrayList<>();
        split(
                fold(text),
                (folded, start, end, unspaced) ->
                        words.add(cut(folded, start, end, unspaced ? MAX_RUN_WORD_LENGTH : MAX_WORD_LENGTH)));
        return words;
    }

    private static Set<String> indexWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        split(fold(text), (folded, start, end, unspaced) -> {
            if (!unspaced) {
                words.add(cut(folded, start, end, MAX_WORD_LENGTH));
                return;
            }
            for (int suffix = 0; start < end && suffix < MAX_SUFFIXES_PER_RUN; suffix++) {
                words.add(cut(folded, start, end, MAX_RUN_WORD_LENGTH));
                do {
                    start += Character.charCount(folded.codePointAt(start));
                } while (start < end && is(MARKS, UCharacter.getType(folded.codePointAt(start))));
            }
        });
        return Collections.unmodifiableSet(words);
    }

    /** Receives one word of folded text: {@code folded[start, end)}, and whether its script is unspaced. */
    private interface WordSink {
        void accept(String folded, int start, int end, boolean unspaced);
    }

    /**
     * Splits folded text into runs of word characters, and each run where it passes between an unspaced
     * script and anything else. A mark stays with the character before it; one with none is skipped.
     */
    private static void split(String folded, WordSink sink) {
        int start = -1;
        boolean unspaced = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            int type = c < 0x80 ? asciiType(c) : UCharacter.getType(c);
            if (!is(WORD_CHARACTERS, type)) {
                if (start >= 0) {
                    sink.accept(folded, start, i, unspaced);
                    start = -1;
                }
            } else if (!is(MARKS, type)) {
                boolean unspacedLetter = c >= 0x80 && isUnspaced(c);
                if (start >= 0 && unspacedLetter != unspaced) {
                    sink.accept(folded, start, i, unspaced);
                    start = -1;
                }
                if (start < 0) {
                    start = i;
                    unspaced = unspacedLetter;
                }
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            sink.accept(folded, start, folded.length(), unspaced);
        }
    }

    /** The first {@code maxCodePoints} code points of {@code text[start, end)}. */
    private static String cut(String text, int start, int end, int maxCodePoints) {
        int stop = start;
        for (int n = 0; n < maxCodePoints && stop < end; n++) {
            stop += Character.charCount(text.codePointAt(stop));
        }
        return text.substring(start, stop);
    }

    private static boolean is(int categories, int type) {
        return (categories & 1 << type) != 0;
    }

    /** Folded ASCII holds no capitals, so only these three kinds matter. */
    private static int asciiType(int c) {
        if (c >= 'a' && c <= 'z') {
            return UCharacterCategory.LOWERCASE_LETTER;
        }
        return c >= '0' && c <= '9' ? UCharacterCategory.DECIMAL_DIGIT_NUMBER : UCharacterCategory.OTHER_PUNCTUATION;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Scripts whose marks are accents or optional vowel points, left out by people who type. */
    private static boolean hasOptionalAccents(int letter) {
        int script = UScript.getScript(letter);
        return script == UScript.LATIN
                || script == UScript.GREEK
                || script == UScript.CYRILLIC
                || script == UScript.HEBREW
                || script == UScript.ARABIC;
    }

    /**
     * Whether a letter belongs to a script written without spaces, by its script extensions for the letters
     * such scripts share, such as {@code ー}.
     */
    private static boolean isUnspaced(int letter) {
        int script = UScript.getScript(letter);
        boolean shared = script == UScript.COMMON || script == UScript.INHERITED;
        for (int unspaced : UNSPACED_SCRIPTS) {
            if (shared ? UScript.hasScript(letter, unspaced) : script == unspaced) {
                return true;
            }
        }
        return false;
    }

    /** Appends a letter's canonical decomposition without its marks, each base letter spelled in ASCII if it can be. */
    private static void appendWithoutAccents(StringBuilder out, int letter) {
        String decomposition = DECOMPOSITION.getDecomposition(letter);
        if (decomposition == null) {
            appendLetter(out, letter);
            return;
        }
        for (int i = 0; i < decomposition.length(); ) {
            int part = decomposition.codePointAt(i);
            i += Character.charCount(part);
            if (!is(MARKS, UCharacter.getType(part))) {
                appendLetter(out, part);
            }
        }
    }

    private static void appendLetter(StringBuilder out, int letter) {
        String ascii = asciiSpelling(letter);
        if (ascii == null) {
            out.appendCodePoint(letter);
        } else {
            out.append(ascii);
        }
    }

    /**
     * The ASCII spelling of a folded Latin letter that Unicode gives no decomposition, for the letters of
     * living orthographies, spelled as ICU's {@code Latin-ASCII} transliteration spells them; {@code null}
     * for every other letter. A table rather than the transliterator, which takes a second to load and
     * applies its rules under a lock.
     */
    static String asciiSpelling(int letter) {
        return switch (letter) {
            case 'æ' -> "ae";
            case 'ð', 'đ', 'ɖ', 'ɗ' -> "d";
            case 'ø' -> "o";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            case 'ı', 'ɨ' -> "i";
            case 'ł' -> "l";
            case 'ŋ' -> "n";
            case 'œ' -> "oe";
            case 'ŧ' -> "t";
            case 'ƀ', 'ɓ' -> "b";
            case 'ƒ' -> "f";
            case 'ƙ' -> "k";
            case 'ƴ' -> "y";
            case 'ɛ' -> "e";
            case 'ʉ' -> "u";
            default -> null;
        };
    }
}
