package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bookshelf.application.search.SearchWords;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Title;

/**
 * The rows of {@code book_words} and {@code author_words}: the words of {@link SearchWords}, each with where it
 * comes from and the listing key it is found in order of (schema: {@code V4__search_words.sql}).
 */
final class SearchWordRows {

    /** {@code book_words.source} of a title's words; an author's words have the author's id. */
    static final long TITLE = 0;

    /** {@code book_words.source} of an ISBN's word. */
    static final long ISBN = -1;

    static final String LOAD_BOOK_WORDS = "LOAD DATA LOCAL INFILE 'book_words' INTO TABLE book_words"
            + " CHARACTER SET utf8mb4 (book_id, source, word, in_title, title_key)";
    static final String LOAD_AUTHOR_WORDS = "LOAD DATA LOCAL INFILE 'author_words' INTO TABLE author_words"
            + " CHARACTER SET utf8mb4 (author_id, word, name_key)";

    /** One row of {@code book_words}. */
    record BookWord(long bookId, long source, String word, boolean inTitle, String titleKey) {}

    /** One row of {@code author_words}. */
    record AuthorWord(long authorId, String word, String nameKey) {}

    private SearchWordRows() {}

    /**
     * The rows of a book: its title's words, its ISBN's, and those of each credited author's name.
     *
     * @param isbn    {@code null} when the book has none
     * @param credited the name of each credited author, by author id
     */
    static List<BookWord> ofBook(long bookId, Title title, Isbn isbn, Map<Long, AuthorName> credited) {
        String titleKey = title.sortKey();
        List<BookWord> rows = new ArrayList<>();
        SearchWords.ofTitle(title.value()).forEach(word -> rows.add(new BookWord(bookId, TITLE, word, true, titleKey)));
        if (isbn != null) {
            SearchWords.ofIsbn(isbn).forEach(word -> rows.add(new BookWord(bookId, ISBN, word, false, titleKey)));
        }
        credited.forEach((authorId, name) -> rows.addAll(ofCredit(bookId, titleKey, authorId, name)));
        return rows;
    }

    /** The rows an author's name gives a book crediting them. */
    static List<BookWord> ofCredit(long bookId, String titleKey, long authorId, AuthorName name) {
        return SearchWords.ofName(name.value()).stream()
                .map(word -> new BookWord(bookId, authorId, word, false, titleKey))
                .toList();
    }

    /** The rows of an author. */
    static List<AuthorWord> ofAuthor(long authorId, AuthorName name) {
        String nameKey = name.sortKey();
        return SearchWords.ofName(name.value()).stream()
                .map(word -> new AuthorWord(authorId, word, nameKey))
                .toList();
    }

    /** Appends {@code words} to rows for {@link #LOAD_BOOK_WORDS}. */
    static void append(TabSeparatedRows rows, List<BookWord> words) {
        for (BookWord word : words) {
            rows.number(word.bookId())
                    .number(word.source())
                    .text(word.word())
                    .number(word.inTitle() ? 1 : 0)
                    .text(word.titleKey())
                    .endRow();
        }
    }

    /** Appends {@code words} to rows for {@link #LOAD_AUTHOR_WORDS}. */
    static void appendAuthorWords(TabSeparatedRows rows, List<AuthorWord> words) {
        for (AuthorWord word : words) {
            rows.number(word.authorId()).text(word.word()).text(word.nameKey()).endRow();
        }
    }
}
