package org.bookshelf.bench;

import java.sql.SQLException;
import org.bookshelf.adapter.persistence.mariadb.BookshelfDatabase;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.domain.Text;

/**
 * The cursor of the page of every book that starts at a given depth in title order, as Bookshelf would hand
 * it out on the way there: {@code depth} 0.99 is the page after the first 99 % of the catalogue. Run on its
 * own ({@code BOOKSHELF_DB_URL}, {@code BOOKSHELF_DB_USER}, {@code BOOKSHELF_DB_PASSWORD}; argument: the
 * depth) it prints that cursor, for wrk to ask for the same deep page again and again.
 */
final class DepthCursor {

    private DepthCursor() {
    }

    /** The cursor of the page at {@code depth} (0 to 1) of the listing, or {@code null} for the first page. */
    static String at(RawJdbcCatalogue catalogue, double depth) throws SQLException {
        long booksBefore = (long) (depth * catalogue.bookCount());
        if (booksBefore == 0) {
            return null;
        }
        RawJdbcCatalogue.Book last = catalogue.book(catalogue.idAtPosition(booksBefore - 1));
        return BookListingCursors.encode(Text.sortKey(last.title()), last.id());
    }

    public static void main(String[] args) throws SQLException {
        try (BookshelfDatabase database = BookshelfDatabase.open(DatabaseSettings.fromEnvironment())) {
            String cursor = at(new RawJdbcCatalogue(database.dataSource()), Double.parseDouble(args[0]));
            System.out.println(cursor == null ? "" : cursor);
        }
    }
}
