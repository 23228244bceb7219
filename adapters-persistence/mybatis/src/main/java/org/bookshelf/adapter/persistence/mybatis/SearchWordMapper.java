package org.bookshelf.adapter.persistence.mybatis;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.bookshelf.adapter.persistence.mybatis.SearchWordRows.AuthorWord;
import org.bookshelf.adapter.persistence.mybatis.SearchWordRows.BookWord;

/** The statements of {@code book_words} and {@code author_words}: writing them beside books and authors, searching. */
@Mapper
interface SearchWordMapper {

    /** Replaces every word of the books {@code bookIds} with {@code words}, in one round trip. */
    void replaceBookWords(@Param("bookIds") Collection<Long> bookIds, @Param("words") List<BookWord> words);

    /** Replaces an author's words, and those their name gives the books crediting them, in one round trip. */
    void replaceAuthorWords(
            @Param("authorId") long authorId,
            @Param("words") List<AuthorWord> words,
            @Param("wordsJson") String wordsJson);

    /** Inserts a newly registered author's words. */
    void insertAuthorWords(@Param("words") List<AuthorWord> words);

    /** How many rows, up to a bound, and which distinct words, up to a bound, each word pattern finds. */
    List<WordStatRow> bookWordStats(
            @Param("patterns") List<String> patterns,
            @Param("countLimit") int countLimit,
            @Param("wordLimit") int wordLimit);

    /** The same for authors' words ({@code inTitle} is always true). */
    List<WordStatRow> authorWordStats(
            @Param("patterns") List<String> patterns,
            @Param("countLimit") int countLimit,
            @Param("wordLimit") int wordLimit);

    /** The books each part of a search finds, up to its limit, in listing order within each part. */
    List<SearchHitRow> searchBooks(WordSearchQuery query);

    /** The authors each part of a search finds. */
    List<SearchHitRow> searchAuthors(WordSearchQuery query);

    /** What the statistics statements answer: a count of rows ({@code word} null), or one distinct word. */
    record WordStatRow(int position, boolean inTitle, String word, Long rowsFound) {}

    /** One item a part of a search found. */
    record SearchHitRow(int part, String sortKey, long id) {}
}
