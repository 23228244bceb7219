package org.bookshelf.adapter.persistence.mybatis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Title;

/**
 * Makes {@code title_words} and {@code author_words} hold the words of every book and author stored, whatever
 * they held before: after rows were loaded behind the service's back, restored, or stored by a release without
 * search. It walks the authors, then the books, by steps of {@value #ROWS_PER_STEP} ids; each step locks its rows
 * for update, replaces the words of that range of ids, and may commit, so the service can keep serving and
 * writing meanwhile: a writer of those books waits for the step. Steps of books are independent of one another,
 * so several connections can take them at once ({@link #withoutGapLocks}).
 *
 * <p>Into empty tables (a catalogue loaded behind the service's back, restored, or upgraded to search), a rebuild
 * can {@linkplain #setSearchIndexesAsideWhileEmpty set the search indexes aside} and {@linkplain
 * #restoreSearchIndexes build them} once at the end, by sorting, instead of row by row (a reindex of a million books
 * took 1.6 times less). Searches meanwhile read the tables without them, which are being filled anyway.
 */
final class SearchDataRebuild {

    static final int ROWS_PER_STEP = 20_000;

    /** How many times a step that conflicted with a concurrent transaction is run before the rebuild gives up. */
    static final int STEP_ATTEMPTS = 8;

    static final String TITLE_WORDS = "title_words";
    static final String AUTHOR_WORDS = "author_words";

    /** Each table of words and its search index, as {@code V4__search_words.sql} creates them. */
    private static final Map<String, String> SEARCH_INDEXES = Map.of(
            TITLE_WORDS, "ix_title_words_search (word, title_key, book_id)",
            AUTHOR_WORDS, "ix_author_words_search (word, name_key, author_id)");

    private static final String FORGET_BOOKS_AFTER = "DELETE title_words FROM title_words"
            + " LEFT JOIN books ON books.id = title_words.book_id WHERE title_words.book_id > ? AND books.id IS NULL";
    private static final String FORGET_AUTHORS_AFTER = "DELETE author_words FROM author_words"
            + " LEFT JOIN authors ON authors.id = author_words.author_id"
            + " WHERE author_words.author_id > ? AND authors.id IS NULL";

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
     * Rebuilds the words of every author, then of every book, one step after the other on this connection.
     *
     * @param booksDone told the number of books done after each step
     * @return the number of books whose words were rebuilt
     */
    long rebuild(LongConsumer booksDone) throws SQLException {
        withoutKeyChecks();
        try {
            rebuildAuthors();
            long highest = highestBookId();
            long books = 0;
            for (long after = 0; after < highest; after += ROWS_PER_STEP) {
                books += rebuildBooks(after, Math.min(after + ROWS_PER_STEP, highest));
                booksDone.accept(books);
            }
            forgetBooksAfter(highest);
            return books;
        } finally {
            withKeyChecks();
        }
    }

    /**
     * Every row a step writes belongs to a book or author it holds locked, and no other row has its key: the foreign
     * key and the duplicate checks could only find what is known, at a lookup per row. Until {@link #withKeyChecks}.
     */
    void withoutKeyChecks() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = 0, SESSION unique_checks = 0");
        }
    }

    void withKeyChecks() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION foreign_key_checks = 1, SESSION unique_checks = 1");
        }
    }

    /**
     * Lets the steps of neighbouring ranges of books run at once, from the next transaction on. At {@code REPEATABLE
     * READ}, the statements that lock a step's range also lock the first row past it, and with it the next step's
     * range: the two steps of two connections took turns (a reindex of a million books took an eighth longer). At
     * {@code READ COMMITTED} a step locks the rows of its range only. No gap needs locking: books registered
     * meanwhile take ids past the {@linkplain #highestBookId highest} the rebuild read first, outside every step.
     */
    void withoutGapLocks() throws SQLException {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }

    /**
     * Drops the search index of each table of words that holds no row, for {@link #restoreSearchIndexes} to build
     * once filled. Commits: statements of schema do.
     */
    void setSearchIndexesAsideWhileEmpty() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : SEARCH_INDEXES.entrySet()) {
                boolean empty;
                try (ResultSet any = statement.executeQuery("SELECT 1 FROM " + table.getKey() + " LIMIT 1")) {
                    empty = !any.next();
                }
                if (empty) {
                    statement.execute("ALTER TABLE " + table.getKey() + " DROP INDEX IF EXISTS " + indexName(table));
                }
            }
        }
    }

    /**
     * Builds each search index missing, whether set aside by this rebuild or by one stopped before its end. Commits.
     * Writers go on meanwhile; the build reads the table once and sorts.
     */
    void restoreSearchIndexes() throws SQLException {
        for (String table : SEARCH_INDEXES.keySet()) {
            restoreSearchIndex(table);
        }
    }

    /** {@link #restoreSearchIndexes} for one table of words. */
    void restoreSearchIndex(String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ADD INDEX IF NOT EXISTS " + SEARCH_INDEXES.get(table)
                    + ", ALGORITHM = INPLACE, LOCK = NONE");
        }
    }

    private static String indexName(Map.Entry<String, String> table) {
        return table.getValue().substring(0, table.getValue().indexOf(' '));
    }

    /** Rebuilds the words of every author, {@value #ROWS_PER_STEP} at a time. */
    void rebuildAuthors() throws SQLException {
        long after = 0;
        while (true) {
            long stepAfter = after;
            Long last = step(() -> rebuildAuthorsAfter(stepAfter));
            if (last == null) {
                return;
            }
            after = last;
        }
    }

    /** One step of {@link #rebuildAuthors}: answers the last author's id, or {@code null} after the last step. */
    private Long rebuildAuthorsAfter(long after) throws SQLException {
        Map<Long, String> authors =
                rowsAfter("SELECT id, name FROM authors WHERE id > ? ORDER BY id LIMIT ? FOR UPDATE", after);
        long last = authors.isEmpty() ? after : lastKey(authors);
        TabSeparatedRows rows = new TabSeparatedRows();
        authors.forEach((id, name) -> SearchWordRows.appendAuthor(rows, id, new AuthorName(name)));
        deleteRange("DELETE FROM author_words WHERE author_id > ? AND author_id <= ?", after, last);
        LocalInfile.load(connection, SearchWordRows.LOAD_AUTHOR_WORDS, rows);
        if (authors.size() < ROWS_PER_STEP) {
            deleteAfter(FORGET_AUTHORS_AFTER, last);
            return null;
        }
        return last;
    }

    /** How many books are stored now. */
    long countBooks() throws SQLException {
        return singleNumber("SELECT COUNT(*) FROM books");
    }

    /** The highest id a book has now; books stored later have their words from the start. */
    long highestBookId() throws SQLException {
        return singleNumber("SELECT COALESCE(MAX(id), 0) FROM books");
    }

    private long singleNumber(String select) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet number = statement.executeQuery(select)) {
            number.next();
            return number.getLong(1);
        }
    }

    /** One step: the words of the books of ids in {@code (after, last]}, those rows locked. Answers the books. */
    long rebuildBooks(long after, long last) throws SQLException {
        return step(() -> rebuildBooksOnce(after, last));
    }

    private long rebuildBooksOnce(long after, long last) throws SQLException {
        Map<Long, String> titles = new LinkedHashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id, title FROM books WHERE id > ? AND id <= ? FOR UPDATE")) {
            select.setLong(1, after);
            select.setLong(2, last);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    titles.put(found.getLong(1), found.getString(2));
                }
            }
        }
        TabSeparatedRows rows = new TabSeparatedRows();
        titles.forEach((id, title) -> SearchWordRows.appendTitle(rows, id, new Title(title)));
        deleteRange("DELETE FROM title_words WHERE book_id > ? AND book_id <= ?", after, last);
        LocalInfile.load(connection, SearchWordRows.LOAD_TITLE_WORDS, rows);
        return titles.size();
    }

    /**
     * Runs one step and ends it. A step in a transaction of its own that conflicts with a concurrent one (a
     * deadlock between the gap locks of neighbouring steps or with a writer, a lock wait timeout) is rolled back
     * and run again, up to {@value #STEP_ATTEMPTS} times: it rewrites its range whole, so running it twice is
     * the same as once.
     */
    private <T> T step(Step<T> work) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                T result = work.run();
                endStep();
                return result;
            } catch (SQLException failure) {
                if (!commitEachStep || attempt == STEP_ATTEMPTS || !SqlFailures.isTransientConflict(failure)) {
                    throw failure;
                }
                connection.rollback();
                pause(attempt);
            }
        }
    }

    /** The work of one step. */
    private interface Step<T> {
        T run() throws SQLException;
    }

    /** Up to 20, 40, 80... ms: the steps that collided go on at different moments. */
    private static void pause(int attempt) throws SQLException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("the rebuild of the search words was interrupted", e);
        }
    }

    /**
     * Removes the words of books past {@code highest} that are not stored (left over from a load with the foreign
     * keys off); a book stored meanwhile keeps the words its writer stored with it.
     */
    void forgetBooksAfter(long highest) throws SQLException {
        step(() -> {
            deleteAfter(FORGET_BOOKS_AFTER, highest);
            return null;
        });
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

    private void deleteAfter(String delete, long after) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(delete)) {
            statement.setLong(1, after);
            statement.executeUpdate();
        }
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
