package org.bookshelf.adapter.persistence.mybatis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Title;

/**
 * Makes {@code title_words} and {@code author_words} hold the words of every book and author stored, whatever
 * they held before: after rows were loaded behind the service's back, restored, or stored by a release without
 * search. It walks the authors, then the books, {@value #ROWS_PER_STEP} at a time in id order; each step locks
 * its rows for update, replaces the words of that range of ids, and
 * may commit, so the service can keep serving and writing meanwhile: a writer of those books waits for the step.
 */
final class SearchDataRebuild {

    static final int ROWS_PER_STEP = 20_000;

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
        // Every row a step writes belongs to a book or author it holds locked, and no other row has its key: the
        // foreign key and the duplicate checks could only find what is known, at a lookup per row.
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = 0, SESSION unique_checks = 0");
        }
        try {
            return rebuildAuthorsThenBooks(booksDone);
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION foreign_key_checks = 1, SESSION unique_checks = 1");
            }
        }
    }

    private long rebuildAuthorsThenBooks(LongConsumer booksDone) throws SQLException {
        long after = 0;
        while (true) {
            Map<Long, String> authors =
                    rowsAfter("SELECT id, name FROM authors WHERE id > ? ORDER BY id LIMIT ? FOR UPDATE", after);
            long last = authors.isEmpty() ? Long.MAX_VALUE : lastKey(authors);
            TabSeparatedRows rows = new TabSeparatedRows();
            authors.forEach((id, name) -> SearchWordRows.appendAuthor(rows, id, new AuthorName(name)));
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
            Map<Long, String> titles =
                    rowsAfter("SELECT id, title FROM books WHERE id > ? ORDER BY id LIMIT ? FOR UPDATE", after);
            long last = titles.isEmpty() ? Long.MAX_VALUE : lastKey(titles);
            TabSeparatedRows rows = new TabSeparatedRows();
            titles.forEach((id, title) -> SearchWordRows.appendTitle(rows, id, new Title(title)));
            deleteRange("DELETE FROM title_words WHERE book_id > ? AND book_id <= ?", after, last);
            LocalInfile.load(connection, SearchWordRows.LOAD_TITLE_WORDS, rows);
            endStep();
            books += titles.size();
            booksDone.accept(books);
            if (titles.size() < ROWS_PER_STEP) {
                return books;
            }
            after = last;
        }
    }

    /** Up to {@value #ROWS_PER_STEP} rows of id and text from {@code select}, locked, ids above {@code after}. */
    private Map<Long, String> rowsAfter(String select, long after) throws SQLException {
        Map<Long, String> rows = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setLong(1, after);
            statement.setInt(2, ROWS_PER_STEP);
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    rows.put(found.getLong(1), found.getString(2));
                }
            }
        }
        return rows;
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

    private static long lastKey(Map<Long, String> rows) {
        long last = 0;
        for (long id : rows.keySet()) {
            last = id;
        }
        return last;
    }
}
