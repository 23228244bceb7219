package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.bookshelf.adapter.persistence.mybatis.SearchWordMapper.StatWord;
import org.bookshelf.adapter.persistence.mybatis.WordSearchQuery.Part;
import org.bookshelf.adapter.persistence.mybatis.WordSearchQuery.Probe;

/**
 * The SQL of a search's statements and of its suggestions' word counts ({@link SearchWordMapper}'s providers),
 * written in Java rather than with the {@code <foreach>} of mapper XML: MyBatis compiles a regular expression for
 * every {@code #{}} inside a {@code <foreach>} of every call, and a search's statements nest probes in parts in
 * words, which made building them a third of a search's own CPU time (see {@code docs/performance.md}, "Search").
 * Every value is bound: the text holds only {@code #{}} paths into the statement's parameter, never a value.
 */
public final class SearchSql {

    private static final String NOT_SEMI_JOINS =
            "SET STATEMENT optimizer_switch = 'semijoin=off,exists_to_in=off' FOR ";

    private SearchSql() {}

    /**
     * {@link SearchWordMapper#wordStats}: counts read an index range no further than {@code countLimit} rows;
     * distinct words come from a loose index scan of {@code ix_title_words_search} and {@code ix_author_words_search},
     * one index dive a word.
     */
    public static String wordStats(Map<String, Object> parameters) {
        @SuppressWarnings("unchecked")
        List<StatWord> words = (List<StatWord>) parameters.get("words");
        StringJoiner sql = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < words.size(); i++) {
            String position = "#{words[" + i + "].position}";
            String pattern = "#{words[" + i + "].pattern}";
            for (String table : List.of("title_words", "author_words")) {
                String kind = table.equals("title_words") ? "'T'" : "'A'";
                sql.add("(SELECT " + position + " AS position, " + kind
                        + " AS kind, NULL AS word, COUNT(*) AS rows_found"
                        + " FROM (SELECT 1 FROM " + table + " WHERE word LIKE " + pattern
                        + " LIMIT #{countLimit}) counted)");
                sql.add("(SELECT " + position + ", " + kind + ", word, NULL FROM " + table + " WHERE word LIKE "
                        + pattern + " GROUP BY word LIMIT #{wordLimit})");
            }
            if (words.get(i).digits()) {
                sql.add("(SELECT " + position + ", 'I', NULL, COUNT(*) FROM (SELECT 1 FROM books WHERE isbn LIKE "
                        + pattern + " LIMIT #{countLimit}) counted)");
            }
        }
        return sql.toString();
    }

    /**
     * {@link SearchWordMapper#bookWordCounts}: each word's rows among titles' words and among authors' words, each
     * an index range read no further than {@code upTo}, added up and capped at {@code upTo}.
     */
    public static String bookWordCounts(Map<String, Object> parameters) {
        return "SELECT word, LEAST(SUM(rows_found), #{upTo}) AS rows_found FROM ("
                + wordCounts(parameters, List.of("title_words", "author_words")) + ") counts GROUP BY word";
    }

    /**
     * {@link SearchWordMapper#authorWordCounts}: each word's rows among authors' words, read no further than
     * {@code upTo}.
     */
    public static String authorWordCounts(Map<String, Object> parameters) {
        return wordCounts(parameters, List.of("author_words"));
    }

    private static String wordCounts(Map<String, Object> parameters, List<String> tables) {
        StringJoiner sql = new StringJoiner(" UNION ALL ");
        for (String word : BoundPaths.ofElements(parameters, "words")) {
            for (String table : tables) {
                sql.add("(SELECT " + word + " AS word, COUNT(*) AS rows_found FROM (SELECT 1 FROM " + table
                        + " WHERE word = " + word + " LIMIT #{upTo}) counted)");
            }
        }
        return sql.toString();
    }

    /** {@link SearchWordMapper#searchBookStretches}. */
    public static String searchBookStretches(WordSearchQuery query) {
        return stretches(query, Listing.BOOKS);
    }

    /** {@link SearchWordMapper#searchAuthorStretches}. */
    public static String searchAuthorStretches(WordSearchQuery query) {
        return stretches(query, Listing.AUTHORS);
    }

    /** {@link SearchWordMapper#searchBooks}. */
    public static String searchBooks(WordSearchQuery query) {
        return walks(query, Listing.BOOKS);
    }

    /** {@link SearchWordMapper#searchAuthors}. */
    public static String searchAuthors(WordSearchQuery query) {
        return walks(query, Listing.AUTHORS);
    }

    /**
     * Where each part's next stretch of {@code span} rows ends: its {@code span}th row from where it starts. An
     * index-only read of the rows, without the checks.
     */
    private static String stretches(WordSearchQuery query, Listing listing) {
        StringJoiner sql = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < query.parts().size(); i++) {
            String part = "parts[" + i + "]";
            List<String> conditions = walkRange(query, query.parts().get(i), part, listing);
            sql.add(select(part, listing, query.parts().get(i), conditions) + " LIMIT 1 OFFSET #{spanOffset})");
        }
        return sql.toString();
    }

    /**
     * The walks of a search, each to its limit or to the end of its stretch: each probe runs for the rows walked, a
     * few primary key reads each (a semi-join would first read every row of the probed word). With
     * {@code examineAtMost}, MariaDB stops the statement once it has read that many rows and answers no row at all:
     * the last branch, part -1, is there only when the walks ran to their ends.
     */
    private static String walks(WordSearchQuery query, Listing listing) {
        StringJoiner sql = new StringJoiner(" UNION ALL ", NOT_SEMI_JOINS, "");
        for (int i = 0; i < query.parts().size(); i++) {
            Part part = query.parts().get(i);
            String path = "parts[" + i + "]";
            List<String> conditions = walkRange(query, part, path, listing);
            if (part.endKey() != null) {
                conditions.add("(d." + listing.key + " < #{" + path + ".endKey} OR (d." + listing.key + " = #{" + path
                        + ".endKey} AND d." + listing.id + " <= #{" + path + ".endId}))");
            }
            for (int j = 0; j < part.probes().size(); j++) {
                conditions.add(listing.holds(part.probes().get(j), path + ".probes[" + j + "]"));
            }
            if (!part.notAllInTitle().isEmpty()) {
                StringJoiner allInTitle = new StringJoiner(" AND ", "NOT (", ")");
                for (int k = 0; k < part.notAllInTitle().size(); k++) {
                    allInTitle.add(titleHolds(part.notAllInTitle().get(k), path + ".notAllInTitle[" + k + "]"));
                }
                conditions.add(allInTitle.toString());
            }
            if (query.exact() != null) {
                conditions.add("EXISTS (SELECT 1 FROM " + listing.table + " x WHERE x.id = d." + listing.id + " AND x."
                        + listing.exactColumn + " = #{exact})");
            }
            if (query.creditedAuthorId() != null) {
                conditions.add("EXISTS (SELECT 1 FROM book_author x WHERE x.book_id = d.book_id"
                        + " AND x.author_id = #{creditedAuthorId})");
            }
            sql.add(select(path, listing, part, conditions) + " LIMIT #{limit})");
        }
        String statement = sql.toString();
        return query.examineAtMost() > 0
                ? statement + " UNION ALL (SELECT -1, NULL, 0) LIMIT ROWS EXAMINED #{examineAtMost}"
                : statement;
    }

    /** A part's walk in listing order, open for its {@code LIMIT}. */
    private static String select(String path, Listing listing, Part part, List<String> conditions) {
        return "(SELECT #{" + path + ".index} AS part, d." + listing.key + " AS sort_key, d." + listing.id + " AS id"
                + " FROM " + listing.walk(part, path)
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY d." + listing.key + ", d." + listing.id;
    }

    /** The range of a part's walk: its word and where it starts. */
    private static List<String> walkRange(WordSearchQuery query, Part part, String path, Listing listing) {
        List<String> conditions = new ArrayList<>();
        if (part.walksWords() && part.exactWord() != null) {
            conditions.add("d.word = #{" + path + ".exactWord}");
        }
        if (part.walksWords() && part.pattern() != null) {
            conditions.add("d.word LIKE #{" + path + ".pattern}");
        }
        if (part.afterKey() != null) {
            conditions.add("(d." + listing.key + " > #{" + path + ".afterKey} OR (d." + listing.key + " = #{" + path
                    + ".afterKey} AND d." + listing.id + " > #{" + path + ".afterId}))");
        }
        if (query.exactKey() != null) {
            conditions.add("d." + listing.key + " = #{exactKey}");
        }
        return conditions;
    }

    /**
     * A probe's word among a title's words. On a sort key whose words can be read off it (printable ASCII and the
     * letters of SearchWords.sortKeyLetters), checked on the key the walk has read, without a look-up: first with a
     * LIKE when the key is all ASCII, which rules out most keys at once. Else looked up: when it stands for a few
     * words, one primary key lookup each (a correlated lookup can use the key's second column only in an equality);
     * else every word of the title.
     */
    private static String titleHolds(Probe probe, String path) {
        if (probe.titleWords() != null && probe.titleWords().isEmpty()) {
            return "FALSE";
        }
        String lookedUp;
        if (probe.titleWords() != null && probe.titleWords().size() <= 4) {
            StringJoiner anyWord = new StringJoiner(" OR ", "(", ")");
            for (int i = 0; i < probe.titleWords().size(); i++) {
                anyWord.add("EXISTS (SELECT 1 FROM title_words t WHERE t.book_id = d.book_id AND t.word = #{" + path
                        + ".titleWords[" + i + "]})");
            }
            lookedUp = anyWord.toString();
        } else {
            lookedUp = "EXISTS (SELECT 1 FROM title_words t WHERE t.book_id = d.book_id AND t.word LIKE #{" + path
                    + ".pattern})";
        }
        return onSortKeyElse("title_key", path, lookedUp);
    }

    /** A probe's word among the words of the names {@code a.word} ranges over. */
    private static String nameWordMatches(Probe probe, String path) {
        if (probe.nameWords() == null) {
            return "a.word LIKE #{" + path + ".pattern}";
        }
        if (probe.nameWords().isEmpty()) {
            return "FALSE";
        }
        StringJoiner words = new StringJoiner(",", "a.word IN (", ")");
        for (int i = 0; i < probe.nameWords().size(); i++) {
            words.add("#{" + path + ".nameWords[" + i + "]}");
        }
        return words.toString();
    }

    /** A probe checked on the sort key {@code d.key} when its words can be read off it, else by {@code lookedUp}. */
    private static String onSortKeyElse(String key, String path, String lookedUp) {
        return "(CASE WHEN d." + key + " NOT REGEXP '[^ -~]' THEN d." + key + " LIKE #{" + path + ".inSortKey} AND d."
                + key + " REGEXP #{" + path + ".wordStart}"
                + " WHEN d." + key + " REGEXP #{wordsAreThoseOfSortKey} THEN d." + key + " REGEXP #{" + path
                + ".wordStart}"
                + " ELSE " + lookedUp + " END)";
    }

    /** What a search lists, and how its walks read it as {@code d}. */
    private enum Listing {
        BOOKS("books", "title_key", "book_id", "title") {
            @Override
            String walk(Part part, String path) {
                return switch (part.source()) {
                    case WORDS -> "title_words d";
                    case AUTHORS_BOOKS ->
                        "(SELECT b.id AS book_id, b.title_key FROM author_words a"
                                + " JOIN book_author ba ON ba.author_id = a.author_id JOIN books b ON b.id = ba.book_id"
                                + " WHERE a.word LIKE #{" + path + ".pattern}) d";
                    case ISBNS ->
                        "(SELECT id AS book_id, title_key FROM books WHERE isbn LIKE #{" + path + ".pattern}) d";
                    case ALL -> "(SELECT id AS book_id, title_key FROM books) d";
                };
            }

            @Override
            String holds(Probe probe, String path) {
                if (probe.inTitleOnly()) {
                    return "(" + titleHolds(probe, path) + ")";
                }
                return "(" + titleHolds(probe, path)
                        + " OR EXISTS (SELECT 1 FROM book_author ba JOIN author_words a ON a.author_id = ba.author_id"
                        + " WHERE ba.book_id = d.book_id AND " + nameWordMatches(probe, path) + ")"
                        + (probe.isbn()
                                ? " OR EXISTS (SELECT 1 FROM books x WHERE x.id = d.book_id AND x.isbn LIKE #{" + path
                                        + ".pattern})"
                                : "")
                        + ")";
            }
        },
        AUTHORS("authors", "name_key", "author_id", "name") {
            @Override
            String walk(Part part, String path) {
                return part.walksWords() ? "author_words d" : "(SELECT id AS author_id, name_key FROM authors) d";
            }

            @Override
            String holds(Probe probe, String path) {
                return onSortKeyElse(
                        "name_key",
                        path,
                        "EXISTS (SELECT 1 FROM author_words a WHERE a.author_id = d.author_id AND "
                                + nameWordMatches(probe, path) + ")");
            }
        };

        private final String table;
        private final String key;
        private final String id;
        private final String exactColumn;

        Listing(String table, String key, String id, String exactColumn) {
            this.table = table;
            this.key = key;
            this.id = id;
            this.exactColumn = exactColumn;
        }

        /** What a part walks, as {@code d} (id, sort key) in listing order. */
        abstract String walk(Part part, String path);

        /** The condition that an item holds a probe's word. */
        abstract String holds(Probe probe, String path);
    }
}
