package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bookshelf.application.search.SearchWords;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.Title;

/**
 * The rows of {@code title_words} and {@code author_words}: the words of {@link SearchWords}, each with the listing
 * key its book or author is found in order of (schema: {@code V4__search_words.sql}).
 */
final class SearchWordRows {

    static final String LOAD_TITLE_WORDS = "LOAD DATA LOCAL INFILE 'title_words' INTO TABLE title_words"
            + " CHARACTER SET utf8mb4 (book_id, word, title_key)";
    /**
     * {@link #LOAD_TITLE_WORDS} for books stored earlier in the same transaction: without the foreign key's look-up
     * of each row's book, which cannot fail (about a tenth of the statement's time).
     */
    static final String LOAD_TITLE_WORDS_OF_BOOKS_JUST_STORED =
            "SET STATEMENT foreign_key_checks = 0 FOR " + LOAD_TITLE_WORDS;

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
        byte[] id = TabSeparatedRows.numberField(bookId);
        byte[] titleKey = TabSeparatedRows.textField(title.sortKey());
        for (String word : SearchWords.ofTitle(title.value())) {
            rows.field(id).text(word).field(titleKey).endRow();
        }
    }

    /**
     * The title words of {@code books} as rows for {@link #LOAD_TITLE_WORDS}, word after word (each word's rows in
     * the books' order) rather than book after book: into a table that has both indexes, InnoDB then inserts the
     * entries of the search index {@code (word, title_key, book_id)} next to one another, and a chunk of 10,000
     * books loads in about a tenth less time. Grouped rather than sorted whole, because sorting 44,000 rows took
     * the storing thread as long as it saved MariaDB; and each book's id and key, and each word, written once for
     * all their rows. (Words compare by UTF-16 units here, the index by code points: they differ past U+FFFF only,
     * which costs nothing but a little of that gain.)
     */
    static TabSeparatedRows titleWordsInSearchOrder(List<Book> books) {
        Map<String, List<WrittenBook>> booksByWord = new HashMap<>();
        for (Book book : books) {
            WrittenBook written = new WrittenBook(
                    TabSeparatedRows.numberField(book.id().value()),
                    TabSeparatedRows.textField(book.title().sortKey()));
            for (String word : SearchWords.ofTitle(book.title().value())) {
                booksByWord.computeIfAbsent(word, sameWord -> new ArrayList<>()).add(written);
            }
        }
        List<String> words = new ArrayList<>(booksByWord.keySet());
        Collections.sort(words);
        TabSeparatedRows rows = new TabSeparatedRows();
        for (String word : words) {
            byte[] writtenWord = TabSeparatedRows.textField(word);
            for (WrittenBook book : booksByWord.get(word)) {
                rows.field(book.id()).field(writtenWord).field(book.titleKey()).endRow();
            }
        }
        return rows;
    }

    /** A book's id and title key as {@link TabSeparatedRows#field} appends them. */
    private record WrittenBook(byte[] id, byte[] titleKey) {}

    /** Appends an author's name words to rows for {@link #LOAD_AUTHOR_WORDS}. */
    static void appendAuthor(TabSeparatedRows rows, long authorId, AuthorName name) {
        for (AuthorWord word : ofAuthor(authorId, name)) {
            rows.number(word.authorId()).text(word.word()).text(word.nameKey()).endRow();
        }
    }
}
