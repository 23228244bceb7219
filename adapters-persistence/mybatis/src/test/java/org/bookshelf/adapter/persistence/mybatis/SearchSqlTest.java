package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bookshelf.adapter.persistence.mybatis.SearchWordMapper.StatWord;
import org.bookshelf.adapter.persistence.mybatis.WordSearchQuery.Part;
import org.bookshelf.adapter.persistence.mybatis.WordSearchQuery.Probe;
import org.bookshelf.adapter.persistence.mybatis.WordSearchQuery.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The search's SQL, written in Java, binds every value as the mapper XML does ({@link MapperXmlTest}). */
class SearchSqlTest {

    private static final String VALUE = "x' OR 1=1 -- %";

    @ParameterizedTest
    @EnumSource(Source.class)
    void a_search_binds_every_value_and_pastes_none(Source source) {
        Probe probe = new Probe(VALUE, VALUE, VALUE, List.of(VALUE), List.of(VALUE), false, true);
        Part part = new Part(0, source, VALUE, VALUE, List.of(probe), List.of(probe))
                .startingAfter(VALUE, 1L)
                .endingAt(VALUE, 2L);
        WordSearchQuery query = new WordSearchQuery(List.of(part, part), VALUE, VALUE, 7L, 20, 100, 50_000);

        assertThat(List.of(SearchSql.searchBooks(query), SearchSql.searchAuthors(query)))
                .allSatisfy(walks -> assertThat(walks).contains("#{parts[1].probes[0].wordStart}", "#{exact}"));
        assertThat(List.of(
                        SearchSql.searchBooks(query),
                        SearchSql.searchBookStretches(query),
                        SearchSql.searchAuthors(query),
                        SearchSql.searchAuthorStretches(query)))
                .allSatisfy(sql -> assertThat(sql)
                        .doesNotContain("1=1")
                        .doesNotContain("${")
                        .contains("#{parts[1].afterKey}", "#{exactKey}"));
    }

    @Test
    void word_counts_bind_every_word() {
        Map<String, Object> twoWords = Map.of("words", List.of(VALUE, VALUE));

        assertThat(List.of(SearchSql.bookWordCounts(twoWords), SearchSql.authorWordCounts(twoWords)))
                .allSatisfy(sql -> assertThat(sql)
                        .doesNotContain("1=1")
                        .contains("#{words[1]}", "#{upTo}")
                        .doesNotContain("#{words[2]}"));
    }

    @Test
    void word_statistics_bind_every_word() {
        String sql = SearchSql.wordStats(
                Map.of("words", List.of(new StatWord(0, VALUE, true), new StatWord(1, VALUE, false))));

        assertThat(sql).doesNotContain("1=1").contains("#{words[1].pattern}", "#{countLimit}", "#{wordLimit}");
    }
}
