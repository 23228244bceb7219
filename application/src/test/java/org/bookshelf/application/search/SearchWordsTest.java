package org.bookshelf.application.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
            Zero Kelvin
            pneumonoultramicroscopicsilicovolcanoconiosisandsomemore 1984!
            """)
    void aPrintableAsciiSortKeyHoldsTheWordsOfItsText(String title) {
        String sortKey = Text.sortKey(title);
        List<String> runs = Pattern.compile("[a-z0-9]+")
                .matcher(sortKey)
                .results()
                .map(run -> run.group().substring(0, Math.min(run.group().length(), SearchWords.MAX_WORD_LENGTH)))
                .distinct()
                .toList();

        assertThat(SearchWords.wordsAreThoseOfSortKey(sortKey)).isTrue();
        assertThat(SearchWords.ofTitle(title)).containsExactlyElementsOf(runs);
    }

    @Test
    void onlyPrintableAsciiAndTheKelvinSignHaveAPrintableAsciiSortKeyAndTheyFoldToIt() {
        List<Integer> plain = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
                .filter(c -> SearchWords.wordsAreThoseOfSortKey(Text.sortKey(Character.toString(c))))
                .boxed()
                .toList();

        assertThat(plain)
                .containsExactlyElementsOf(IntStream.concat(IntStream.rangeClosed(' ', '~'), IntStream.of(0x212A))
                        .boxed()
                        .toList());
        plain.forEach(c ->
                assertThat(SearchWords.fold(Character.toString(c))).isEqualTo(Text.sortKey(Character.toString(c))));
        assertThat(SearchWords.wordsAreThoseOfSortKey(Text.sortKey("Gardens of Kraków")))
                .isFalse();
        assertThat(SearchWords.wordsAreThoseOfSortKey("tab	here")).isFalse();
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
