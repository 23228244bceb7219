package org.bookshelf.application.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchWordsTest {

    private static boolean finds(String search, String title) {
        return SearchQuery.parse(search).matches(SearchWords.ofTitle(title));
    }

    @ParameterizedTest
    @CsvSource({
        "krakow, Kraków", "zurich, Zürich", "weiss, Weiß", "yilmaz, Yılmaz", "jorgensen, Jørgensen",
        "tromso, Tromsø", "nguyen, Nguyễn", "istanbul, İstanbul", "lodz, Łódź", "aesop, Æsop"
    })
    void caseAndAccentsAreFoldedByUnicodeRulesBothWays(String plain, String accented) {
        assertThat(finds(plain, accented)).isTrue();
        assertThat(finds(accented, plain)).isTrue();
        assertThat(finds(plain.toUpperCase(Locale.ROOT), accented)).isTrue();
        assertThat(finds(accented.toUpperCase(Locale.ROOT), plain)).isTrue();
        assertThat(SearchWords.fold(accented)).isEqualTo(plain);
    }

    @Test
    void greekMatchesWithAndWithoutTonosInAnyCaseAndWithFinalSigma() {
        assertThat(finds("οδυσσεια", "Οδύσσεια")).isTrue();
        assertThat(finds("ΟΔΥΣΣΕΙΑ", "Οδύσσεια")).isTrue();
        assertThat(finds("Οδύσσεια", "ΟΔΥΣΣΕΙΑ")).isTrue();
        assertThat(finds("ΟΔΥΣΣΕΑΣ", "Οδυσσέας")).isTrue();
        assertThat(finds("οδυσσεασ", "Οδυσσέας")).isTrue();
        assertThat(finds("Οδυσσέας", "ΟΔΥΣΣΕΑΣ")).isTrue();
        assertThat(finds("οδυσσεια", "Ιλιάδα")).isFalse();
    }

    @Test
    void cyrillicMatchesInAnyCaseAndWithEForYo() {
        assertThat(finds("ПРЕСТУПЛЕНИЕ", "Преступление и наказание")).isTrue();
        assertThat(finds("наказ", "ПРЕСТУПЛЕНИЕ И НАКАЗАНИЕ")).isTrue();
        assertThat(finds("ежик", "Ёжик в тумане")).isTrue();
        assertThat(finds("Ёжик", "Ежик в тумане")).isTrue();
        assertThat(finds("наказание", "Преступление")).isFalse();
    }

    @Test
    void greekAndCyrillicAreNotTransliterated() {
        assertThat(SearchWords.fold("Οδύσσεια Ёжик")).isEqualTo("οδυσσεια ежик");
        assertThat(finds("odysseia", "Οδύσσεια")).isFalse();
        assertThat(finds("ezhik", "Ёжик")).isFalse();
    }

    @Test
    void aSearchWordMatchesTheStartOfAWordOnly() {
        assertThat(finds("lant", "The Lantern")).isTrue();
        assertThat(finds("antern", "The Lantern")).isFalse();
        assertThat(finds("lanterns", "The Lantern")).isFalse();
        assertThat(finds("lant moon", "The Lantern")).isFalse();
        assertThat(finds("moon lant", "Lantern of the Moon")).isTrue();
    }

    @Test
    void hanRunsMatchAnyRunOfTheirCharacters() {
        assertThat(finds("雪国", "雪国")).isTrue();
        assertThat(finds("铁道", "银河铁道之夜")).isTrue();
        assertThat(finds("之夜", "银河铁道之夜")).isTrue();
        assertThat(finds("国雪", "雪国")).isFalse();
        assertThat(finds("铁夜", "银河铁道之夜")).isFalse();
    }

    @Test
    void japaneseRunsMatchAnyRunOfTheirCharacters() {
        assertThat(finds("猫", "吾輩は猫である")).isTrue();
        assertThat(finds("である", "吾輩は猫である")).isTrue();
        assertThat(finds("メン", "ラーメン")).isTrue();
        assertThat(finds("ﾗｰﾒﾝ", "ラーメン")).isTrue();
        assertThat(finds("犬", "吾輩は猫である")).isFalse();
    }

    @Test
    void koreanThaiLaoKhmerAndMyanmarRunsMatchAnyRunOfTheirCharacters() {
        assertThat(finds("포터", "해리 포터와 마법사의 돌")).isTrue();
        assertThat(finds("법사", "해리 포터와 마법사의 돌")).isTrue();
        assertThat(finds("แผ่นดิน", "สี่แผ่นดิน")).isTrue();
        assertThat(finds("ดิน", "สี่แผ่นดิน")).isTrue();
        assertThat(finds("ບາຍ", "ສະບາຍດີ")).isTrue();
        assertThat(finds("អាទិត្យ", "ព្រះអាទិត្យ")).isTrue();
        assertThat(finds("မာ", "မြန်မာ")).isTrue();
        assertThat(finds("น้ำ", "สี่แผ่นดิน")).isFalse();
    }

    @Test
    void anUnspacedRunIsIndexedAsItsSuffixesAndDigitsBesideItAsWordsOfTheirOwn() {
        assertThat(SearchWords.ofTitle("银河铁道之夜")).containsExactly("银河铁道之夜", "河铁道之夜", "铁道之夜", "道之夜", "之夜", "夜");
        assertThat(SearchWords.ofTitle("iPhone用 第1巻")).containsExactly("iphone", "用", "第", "1", "巻");
    }

    @Test
    void marksOfOtherScriptsAreKeptButOptionalVowelPointsAreDropped() {
        assertThat(SearchWords.fold("हिन्दी")).isEqualTo("हिन्दी");
        assertThat(SearchWords.fold("がっこう")).isEqualTo("がっこう");
        assertThat(finds("كتاب", "كِتَاب")).isTrue();
        assertThat(finds("שלום", "שָׁלוֹם")).isTrue();
    }

    @Test
    void compatibilityFormsDigitsOfAnyScriptAndInvisibleHyphensFold() {
        assertThat(SearchWords.ofTitle("Ｆｕｌｌ ﬁle Ⅻ ٢٠٠١ Lan\u00ADtern"))
                .containsExactly("full", "file", "xii", "2001", "lantern");
    }

    @Test
    void everythingButLettersAndDigitsSeparatesWords() {
        assertThat(SearchWords.ofTitle("Lantern%Moon_Night*Star+Sky-Sea\"Rain'Sun\\Wind «Fire» 1984!"))
                .containsExactly(
                        "lantern", "moon", "night", "star", "sky", "sea", "rain", "sun", "wind", "fire", "1984");
    }

    @Test
    void titlesAndNamesHaveTheSameWords() {
        assertThat(SearchWords.ofName("Søren Kierkegaard")).containsExactly("soren", "kierkegaard");
        assertThat(SearchWords.ofTitle("Søren Kierkegaard")).isEqualTo(SearchWords.ofName("Søren Kierkegaard"));
        assertThat(SearchWords.ofName("—")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A Lantern in Kyoto, Vol. 2 (4th ed.)
            R2D2's Field Guide to foo_bar & O'Brien
            Zero Kelvin
            pneumonoultramicroscopicsilicovolcanoconiosisandsomemore 1984!
            Gardens of Kraków, Tromsø and Zürich
            Οδύσσεια: ΟΔΥΣΣΕΙΑΣ
            Ёжик в тумане
            """)
    void aSortKeyOfPrintableAsciiAndSortKeyLettersHoldsTheWordsOfItsText(String title) {
        String sortKey = Text.sortKey(title);

        assertThat(SearchWords.wordsAreThoseOfSortKey(sortKey)).isTrue();
        assertThat(SearchWords.ofTitle(title)).containsExactlyElementsOf(wordsReadOff(sortKey));
    }

    @Test
    void everyCharacterWhoseSortKeyShowsItsWordsHasTheWordsReadOffTheKey() {
        List<Integer> shown = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
                .filter(c -> SearchWords.wordsAreThoseOfSortKey(Text.sortKey(Character.toString(c))))
                .boxed()
                .toList();

        assertThat(shown).contains((int) 'Ó', (int) 'ø', (int) 'ı', (int) 'Ά', (int) 'ς', (int) 'Ё', 0x212A);
        assertThat(shown)
                .doesNotContain((int) 'ß', (int) 'İ', (int) 'ﬁ', (int) '日', (int) '٣', (int) '\t', 0x0301, 0x1D400);
        shown.forEach(c -> {
            String character = Character.toString(c);
            assertThat(SearchWords.ofTitle(character))
                    .as("U+%04X", c)
                    .containsExactlyElementsOf(wordsReadOff(Text.sortKey(character)));
        });
    }

    @Test
    void sortKeyLettersFoldAsOnTheirOwnBesideEachOtherAndBesideAscii() {
        List<String> neighbours = IntStream.concat(
                        IntStream.rangeClosed(' ', '~'),
                        SearchWords.sortKeyLetters().keySet().stream().mapToInt(Integer::intValue))
                .mapToObj(Character::toString)
                .toList();

        for (int letter : SearchWords.sortKeyLetters().keySet()) {
            String folded = Character.toString(SearchWords.sortKeyLetters().get(letter));
            for (String neighbour : neighbours) {
                String before = neighbour + Character.toString(letter);
                String after = Character.toString(letter) + neighbour;
                assertThat(SearchWords.fold(before)).as(before).isEqualTo(SearchWords.fold(neighbour) + folded);
                assertThat(SearchWords.fold(after)).as(after).isEqualTo(folded + SearchWords.fold(neighbour));
            }
        }
    }

    @Test
    void aSortKeyWithAnyOtherCharacterDoesNotShowItsWords() {
        assertThat(SearchWords.wordsAreThoseOfSortKey(Text.sortKey("Die Straße")))
                .isFalse();
        assertThat(SearchWords.wordsAreThoseOfSortKey(Text.sortKey("雪国"))).isFalse();
        assertThat(SearchWords.wordsAreThoseOfSortKey(Text.sortKey("Cafe\u0301 — noir")))
                .isFalse();
        assertThat(SearchWords.wordsAreThoseOfSortKey("tab\there")).isFalse();
    }

    /** The words of a key that {@link SearchWords#wordsAreThoseOfSortKey} accepts, read as its Javadoc says. */
    private static List<String> wordsReadOff(String sortKey) {
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        sortKey.codePoints().forEach(c -> {
            boolean asciiWordCharacter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (asciiWordCharacter || SearchWords.sortKeyLetters().containsKey(c)) {
                word.appendCodePoint(
                        asciiWordCharacter ? c : SearchWords.sortKeyLetters().get(c));
            } else if (word.length() > 0) {
                words.add(cut(word.toString()));
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(cut(word.toString()));
        }
        return List.copyOf(words);
    }

    private static String cut(String word) {
        return word.codePoints()
                .limit(SearchWords.MAX_WORD_LENGTH)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    @Test
    void anIsbnIsIndexedAsItsThirteenDigits() {
        assertThat(SearchWords.ofIsbn(Isbn.parse("0-306-40615-2"))).containsExactly("9780306406157");
    }

    @Test
    void longWordsAreCutToTheCapAndStillFoundWhole() {
        String word = "pneumonoultramicroscopicsilicovolcanoconiosisandsomemore";
        assertThat(SearchWords.ofTitle(word)).containsExactly(word.substring(0, SearchWords.MAX_WORD_LENGTH));
        assertThat(finds(word, word)).isTrue();
        assertThat(finds(word.substring(0, 45), word)).isTrue();
    }

    @Test
    void longUnspacedRunsAreCutToTheirCaps() {
        String run = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔";
        Set<String> words = SearchWords.ofTitle(run);
        assertThat(run.length()).isGreaterThan(SearchWords.MAX_SUFFIXES_PER_RUN);
        assertThat(words)
                .hasSize(SearchWords.MAX_SUFFIXES_PER_RUN)
                .allSatisfy(word -> assertThat(word.length()).isLessThanOrEqualTo(SearchWords.MAX_RUN_WORD_LENGTH))
                .contains(run.substring(0, SearchWords.MAX_RUN_WORD_LENGTH));
        assertThat(finds(run.substring(10, 40), run)).isTrue();
        assertThat(finds(run.substring(run.length() - 3), run)).isFalse();
    }

    @Test
    void capsCountCodePointsNotUtf16Units() {
        String run = "𠀀".repeat(SearchWords.MAX_RUN_WORD_LENGTH + 4);
        assertThat(SearchWords.ofTitle(run)).first().isEqualTo("𠀀".repeat(SearchWords.MAX_RUN_WORD_LENGTH));
    }

    @Test
    void theAsciiSpellingsAreTheOnesOfIcuLatinToAscii() {
        Transliterator latinToAscii = Transliterator.getInstance("Latin-ASCII");
        "æðđɖɗøþħıɨłŋœŧƀɓƒƙƴɛʉ"
                .codePoints()
                .forEach(letter -> assertThat(SearchWords.asciiSpelling(letter))
                        .isEqualTo(latinToAscii.transliterate(Character.toString(letter))));
        assertThat(SearchWords.asciiSpelling('o')).isNull();
    }
}
