package org.bookshelf.adapter.persistence.mybatis;

import java.util.Map;

/**
 * The SQL that reads a search's page by the ids found ({@link BookMapper#findByIds}, {@link AuthorMapper#findByIds}),
 * written in Java rather than with {@code <foreach>} for the reason {@link SearchSql} gives: MyBatis compiled a
 * regular expression for each id of each page. Each id is bound as {@code #{ids[i]}}, never pasted.
 */
public final class PageByIdsSql {

    private PageByIdsSql() {}

    /** The books of the ids with their credits, one row per credit, each book's together. */
    public static String books(Map<String, Object> parameters) {
        return "SELECT b.id, b.title, b.isbn, b.published_year, b.version,"
                + " a.id AS author_id, ba.position, a.name AS author_name, a.version AS author_version"
                + " FROM books b"
                + " LEFT JOIN (book_author ba JOIN authors a ON a.id = ba.author_id) ON ba.book_id = b.id"
                + " WHERE b.id IN " + boundIds(parameters)
                + " ORDER BY b.id";
    }

    /** The authors of the ids. */
    public static String authors(Map<String, Object> parameters) {
        return "SELECT id, name, version FROM authors WHERE id IN " + boundIds(parameters);
    }

    private static String boundIds(Map<String, Object> parameters) {
        return "(" + String.join(", ", BoundPaths.ofElements(parameters, "ids")) + ")";
    }
}
