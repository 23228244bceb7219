package org.bookshelf.adapter.persistence.mybatis;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.bookshelf.adapter.persistence.mybatis.SearchWordRows.AuthorWord;
import org.bookshelf.adapter.persistence.mybatis.SearchWordRows.TitleWord;

/**
 * The statements of {@code title_words} and {@code author_words}: writing them beside books and authors, searching.
 * SQL in {@code SearchWordMapper.xml}, and for a search's reads in {@link SearchSql}.
 */
@Mapper
interface SearchWordMapper {

    /** Replaces every title word of the books {@code bookIds} with {@code words}, in one round trip. */
    void replaceTitleWords(@Param("bookIds") Collection<Long> bookIds, @Param("words") List<TitleWord> words);

    /** Replaces an author's words with {@code words}, in one round trip. */
    void replaceAuthorWords(@Param("authorId") long authorId, @Param("words") List<AuthorWord> words);

    /** Inserts a newly registered author's words. */
    void insertAuthorWords(@Param("words") List<AuthorWord> words);

    /**
     * For each word: how many rows its pattern has among titles' words, authors' words and (for words of digits)
     * ISBNs, each counted up to {@code countLimit}; and which distinct words of titles and of authors it finds, up to
     * {@code wordLimit} each.
     */
    @SelectProvider(type = SearchSql.class, method = "wordStats")
    @ResultMap("wordStatRow")
    List<WordStatRow> wordStats(
            @Param("words") List<StatWord> words,
            @Param("countLimit") int countLimit,
            @Param("wordLimit") int wordLimit);

    /** A search word for {@link #wordStats}: its position, its {@code LIKE} pattern, whether it is all digits. */
    record StatWord(int position, String pattern, boolean digits) {}

    /**
     * Where each part's next stretch of {@code query.span()} books ends: the last book of the stretch, none for a part
     * with fewer books left.
     */
    @SelectProvider(type = SearchSql.class, method = "searchBookStretches")
    @ResultMap("searchHitRow")
    List<SearchHitRow> searchBookStretches(WordSearchQuery query);

    /** The books each part of a search finds within its stretch, up to its limit, in listing order within each part. */
    @SelectProvider(type = SearchSql.class, method = "searchBooks")
    @ResultMap("searchHitRow")
    List<SearchHitRow> searchBooks(WordSearchQuery query);

    /** {@link #searchBookStretches} for authors. */
    @SelectProvider(type = SearchSql.class, method = "searchAuthorStretches")
    @ResultMap("searchHitRow")
    List<SearchHitRow> searchAuthorStretches(WordSearchQuery query);

    /** The authors each part of a search finds. */
    @SelectProvider(type = SearchSql.class, method = "searchAuthors")
    @ResultMap("searchHitRow")
    List<SearchHitRow> searchAuthors(WordSearchQuery query);

    /**
     * Up to {@code max} distinct words of titles matching {@code pattern} in code point order, then up to {@code max}
     * of authors' names likewise: a word of both comes twice.
     */
    List<String> bookWordsLike(@Param("pattern") String pattern, @Param("max") int max);

    /** Up to {@code max} distinct words of authors' names matching {@code pattern}, in code point order. */
    List<String> authorWordsLike(@Param("pattern") String pattern, @Param("max") int max);

    /** How many rows each word has among titles' and authors' words, counted up to {@code upTo} in all. */
    @SelectProvider(type = SearchSql.class, method = "bookWordCounts")
    @ResultMap("wordCountRow")
    List<WordCountRow> bookWordCounts(@Param("words") List<String> words, @Param("upTo") long upTo);

    /** How many rows each word has among authors' words, counted up to {@code upTo}. */
    @SelectProvider(type = SearchSql.class, method = "authorWordCounts")
    @ResultMap("wordCountRow")
    List<WordCountRow> authorWordCounts(@Param("words") List<String> words, @Param("upTo") long upTo);

    /**
     * What {@link #wordStats} answers: for the pattern at {@code position}, among the rows of {@code kind} ({@code T}
     * titles, {@code A} authors, {@code I} ISBNs), a count ({@code word} null) or one distinct word.
     */
    record WordStatRow(int position, String kind, String word, Long rowsFound) {}

    /** One item a part of a search found, or where its stretch ends. */
    record SearchHitRow(int part, String sortKey, long id) {}

    /** A word and how many rows it has. */
    record WordCountRow(String word, long rowsFound) {}
}
