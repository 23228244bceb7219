package org.bookshelf.adapter.persistence.mybatis;

/**
 * {@code LIKE} patterns that match text literally. The mapper statements declare {@code ESCAPE '!'};
 * {@code !} is used rather than the backslash because the backslash is also an escape character in
 * MariaDB string literals, which makes its meaning depend on the SQL mode.
 */
final class LikePatterns {

    static final char ESCAPE = '!';

    private LikePatterns() {}

    /** A pattern matching any text that contains {@code text}, with its {@code %}, {@code _} and {@code !} taken literally. */
    static String containing(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8).append('%');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
