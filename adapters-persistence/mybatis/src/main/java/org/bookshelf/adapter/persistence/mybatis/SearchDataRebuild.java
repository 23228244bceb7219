package org.bookshelf.adapter.persistence.mybatis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Title;

/**
 * Makes {@code book_words} and {@code author_words} hold the words of every book and author stored, whatever
 * they held before: after rows were loaded behind the service's back, restored, or stored by a release without
 * search. It walks the authors, then the books, {@value #ROWS_PER_STEP} at a time in id order; each step locks
 * its rows (the books' for update, their credited authors' shared), replaces the words of that range of ids, and
 * may commit, so the service can keep serving and writing meanwhile: a writer of those books waits for the step.
 */
final class SearchDataRebuild {

    static final int ROWS_PER_STEP = 10_000;

    private final Connection connection;
    private final boolean commitEachStep;

    /**
     * @param commitEachStep commit after each step (the connection is in a transaction of its own), or leave
     *                       the whole rebuild to the caller's transaction
     */
    SearchDataRebuild(Connection connection, boolean commitEachStep) {
        this.connection = connection;
        this.commitEachStep = commitEachStep;
    }

    /**
     * Rebuilds the words of every author, then of every book.
     *
     * @param booksDone told the number of books done after each step
     * @return the number of books whose words were rebuilt
     */
    long rebuild(LongConsumer booksDone) throws SQLException {
        long after = 0;
        while (true) {
            Map<Long, AuthorName> authors = authorsAfter(after);
            long last = authors.isEmpty() ? Long.MAX_VALUE : lastKey(authors);
            TabSeparatedRows rows = new TabSeparatedRows();
            authors.forEach((id, name) -> SearchWordRows.appendAuthorWords(rows, SearchWordRows.ofAuthor(id, name)));
            deleteRange("DELETE FROM author_words WHERE author_id > ? AND author_id <= ?", after, last);
            LocalInfile.load(connection, SearchWordRows.LOAD_AUTHOR_WORDS, rows);
            endStep();
            if (authors.size() < ROWS_PER_STEP) {
                break;
            }
            after = last;
        }
        long books = 0;
        after = 0;
        while (true) {
            List<BookRow> step = booksAfter(after);
            long last =
                    step.isEmpty() ? Long.MAX_VALUE : step.get(step.size() - 1).id();
            Map<Long, Map<Long, AuthorName>> credits = creditsBetween(after, last);
            TabSeparatedRows rows = new TabSeparatedRows();
            for (BookRow book : step) {
                SearchWordRows.append(
                        rows,
                        SearchWordRows.ofBook(
                                book.id(), book.title(), book.isbn(), credits.getOrDefault(book.id(), Map.of())));
            }
            deleteRange("DELETE FROM book_words WHERE book_id > ? AND book_id <= ?", after, last);
            LocalInfile.load(connection, SearchWordRows.LOAD_BOOK_WORDS, rows);
            endStep();
            books += step.size();
            booksDone.accept(books);
            if (step.size() < ROWS_PER_STEP) {
                return books;
            }
            after = last;
        }
    }

    private record BookRow(long id, Title title, Isbn isbn) {}

    private Map<Long, AuthorName> authorsAfter(long after) throws SQLException {
        Map<Long, AuthorName> authors = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name FROM authors WHERE id > ? ORDER BY id LIMIT ? FOR UPDATE")) {
            select.setLong(1, after);
            select.setInt(2, ROWS_PER_STEP);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    authors.put(rows.getLong(1), new AuthorName(rows.getString(2)));
                }
            }
        }
        return authors;
    }

    private List<BookRow> booksAfter(long after) throws SQLException {
        List<BookRow> books = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, title, isbn FROM books WHERE id > ? ORDER BY id LIMIT ? FOR UPDATE")) {
            select.setLong(1, after);
            select.setInt(2, ROWS_PER_STEP);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String isbn = rows.getString(3);
                    books.add(new BookRow(
                            rows.getLong(1), new Title(rows.getString(2)), isbn == null ? null : new Isbn(isbn)));
                }
            }
        }
        return books;
    }

    /** The names of the authors credited by the books of ids in {@code (after, last]}, by book and author id. */
    private Map<Long, Map<Long, AuthorName>> creditsBetween(long after, long last) throws SQLException {
        Map<Long, Map<Long, AuthorName>> credits = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ba.book_id, a.id, a.name"
                + " FROM book_author ba JOIN authors a ON a.id = ba.author_id"
                + " WHERE ba.book_id > ? AND ba.book_id <= ? LOCK IN SHARE MODE")) {
            select.setLong(1, after);
            select.setLong(2, last);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    credits.computeIfAbsent(rows.getLong(1), book -> new LinkedHashMap<>())
                            .put(rows.getLong(2), new AuthorName(rows.getString(3)));
                }
            }
        }
        return credits;
    }

    private void deleteRange(String delete, long after, long last) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(delete)) {
            statement.setLong(1, after);
            statement.setLong(2, last);
            statement.executeUpdate();
        }
    }

    private void endStep() throws SQLException {
        if (commitEachStep) {
            connection.commit();
        }
    }

    private static long lastKey(Map<Long, AuthorName> authors) {
        long last = 0;
        for (long id : authors.keySet()) {
            last = id;
        }
        return last;
    }
}
