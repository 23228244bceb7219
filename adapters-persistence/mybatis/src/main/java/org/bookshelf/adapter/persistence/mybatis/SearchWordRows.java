package org.bookshelf.adapter.persistence.mybatis;

import java.util.List;
import org.bookshelf.application.search.SearchWords;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Title;

/**
 * The rows of {@code title_words} and {@code author_words}: the words of {@link SearchWords}, each with the listing
 * key its book or author is found in order of (schema: {@code V4__search_words.sql}).
 */
final class SearchWordRows {

    static final String LOAD_TITLE_WORDS = "LOAD DATA LOCAL INFILE 'title_words' INTO TABLE title_words"
            + " CHARACTER SET utf8mb4 (book_id, word, title_key)";
    static final String LOAD_AUTHOR_WORDS = "LOAD DATA LOCAL INFILE 'author_words' INTO TABLE author_words"
            + " CHARACTER SET utf8mb4 (author_id, word, name_key)";

    /** One row of {@code title_words}. */
    record TitleWord(long bookId, String word, String titleKey) {}

    /** One row of {@code author_words}. */
    record AuthorWord(long authorId, String word, String nameKey) {}

    private SearchWordRows() {}

    /** The rows of a book's title. */
    static List<TitleWord> ofTitle(long bookId, Title title) {
        String titleKey = title.sortKey();
        return SearchWords.ofTitle(title.value()).stream()
                .map(word -> new TitleWord(bookId, word, titleKey))
                .toList();
    }

    /** The rows of an author's name. */
    static List<AuthorWord> ofAuthor(long authorId, AuthorName name) {
        String nameKey = name.sortKey();
        return SearchWords.ofName(name.value()).stream()
                .map(word -> new AuthorWord(authorId, word, nameKey))
                .toList();
    }

    /** Appends a book's title words to rows for {@link #LOAD_TITLE_WORDS}. */
    static void appendTitle(TabSeparatedRows rows, long bookId, Title title) {
        for (TitleWord word : ofTitle(bookId, title)) {
            rows.number(word.bookId()).text(word.word()).text(word.titleKey()).endRow();
        }
    }

    /** Appends an author's name words to rows for {@link #LOAD_AUTHOR_WORDS}. */
    static void appendAuthor(TabSeparatedRows rows, long authorId, AuthorName name) {
        for (AuthorWord word : ofAuthor(authorId, name)) {
            rows.number(word.authorId()).text(word.word()).text(word.nameKey()).endRow();
        }
    }
}
