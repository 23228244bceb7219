package org.bookshelf.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The baseline: the same reads as Bookshelf's, on Bookshelf's own schema, in plain JDBC with nothing between
 * the statement and the objects, as one would write them by hand. A page is two statements (the keyset page
 * on {@code ix_books_title_key}, then one {@code IN} query for the authors of those books), a book one
 * (a join). Every statement in autocommit mode, no transaction.
 */
final class RawJdbcCatalogue {

    record Author(long id, String name, long version) {
    }

    record Book(long id, String title, String isbn, Integer publishedYear, long version, List<Author> authors) {
    }

    /** Where a page starts: after the book with this sort key and id. */
    record Start(byte[] titleKey, long id) {

        /** Before every book: no title key is empty, since no title is blank. */
        static final Start FIRST = new Start(new byte[0], 0);
    }

    private static final String PAGE = "SELECT id, title, isbn, published_year, version FROM books"
            + " WHERE title_key > ? OR (title_key = ? AND id > ?) ORDER BY title_key, id LIMIT ?";
    private static final String BOOK = "SELECT b.id, b.title, b.isbn, b.published_year, b.version,"
            + " a.id, a.name, a.version, ba.position FROM books b"
            + " LEFT JOIN (book_author ba JOIN authors a ON a.id = ba.author_id) ON ba.book_id = b.id"
            + " WHERE b.id = ? ORDER BY ba.position";

    private final DataSource dataSource;

    RawJdbcCatalogue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Book> page(int size, Start start) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Object[]> rows = new ArrayList<>(size);
            try (PreparedStatement page = connection.prepareStatement(PAGE)) {
                page.setBytes(1, start.titleKey());
                page.setBytes(2, start.titleKey());
                page.setLong(3, start.id());
                page.setInt(4, size);
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Object[] {result.getLong(1), result.getString(2), result.getString(3),
                                (Integer) result.getObject(4, Integer.class), result.getLong(5)});
                    }
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, List<Author>> authors = new HashMap<>();
            StringBuilder in = new StringBuilder("SELECT ba.book_id, a.id, a.name, a.version FROM book_author ba"
                    + " JOIN authors a ON a.id = ba.author_id WHERE ba.book_id IN (");
            for (int i = 0; i < rows.size(); i++) {
                in.append(i == 0 ? "?" : ",?");
            }
            in.append(") ORDER BY ba.book_id, ba.position");
            try (PreparedStatement credits = connection.prepareStatement(in.toString())) {
                for (int i = 0; i < rows.size(); i++) {
                    credits.setLong(i + 1, (Long) rows.get(i)[0]);
                }
                try (ResultSet result = credits.executeQuery()) {
                    while (result.next()) {
                        authors.computeIfAbsent(result.getLong(1), id -> new ArrayList<>())
                                .add(new Author(result.getLong(2), result.getString(3), result.getLong(4)));
                    }
                }
            }
            List<Book> books = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                books.add(new Book((Long) row[0], (String) row[1], (String) row[2], (Integer) row[3], (Long) row[4],
                        authors.getOrDefault((Long) row[0], List.of())));
            }
            return books;
        }
    }

    Book book(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement book = connection.prepareStatement(BOOK)) {
            book.setLong(1, id);
            try (ResultSet result = book.executeQuery()) {
                Book found = null;
                List<Author> authors = new ArrayList<>();
                while (result.next()) {
                    if (found == null) {
                        found = new Book(result.getLong(1), result.getString(2), result.getString(3),
                                result.getObject(4, Integer.class), result.getLong(5), authors);
                    }
                    long authorId = result.getLong(6);
                    if (!result.wasNull()) {
                        authors.add(new Author(authorId, result.getString(7), result.getLong(8)));
                    }
                }
                return found;
            }
        }
    }

    /** The sort keys and ids of {@code count} random books: where clients holding a cursor start. */
    List<Start> randomStarts(int count) throws SQLException {
        List<Start> starts = new ArrayList<>(count);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement random = connection.prepareStatement(
                        "SELECT title_key, id FROM books ORDER BY RAND(42) LIMIT ?")) {
            random.setInt(1, count);
            try (ResultSet result = random.executeQuery()) {
                while (result.next()) {
                    starts.add(new Start(result.getBytes(1), result.getLong(2)));
                }
            }
        }
        return starts;
    }

    /** The id of the book at {@code position} (counted from 0) in the listing's order: title key, then id. */
    long idAtPosition(long position) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement at = connection.prepareStatement(
                        "SELECT id FROM books ORDER BY title_key, id LIMIT 1 OFFSET ?")) {
            at.setLong(1, position);
            try (ResultSet result = at.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalArgumentException("the catalogue holds no book at position " + position);
                }
                return result.getLong(1);
            }
        }
    }

    long bookCount() throws SQLException {
        return single("SELECT COUNT(*) FROM books");
    }

    long highestBookId() throws SQLException {
        return single("SELECT MAX(id) FROM books");
    }

    private long single(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
