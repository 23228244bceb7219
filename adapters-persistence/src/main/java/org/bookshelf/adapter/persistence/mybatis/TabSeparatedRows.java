package org.bookshelf.adapter.persistence.mybatis;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows in the text format {@code LOAD DATA} reads by default: UTF-8, fields separated by a tab, rows ended by a
 * line feed, a backslash escaping the backslash, tab, line feed, carriage return and NUL within a value,
 * {@code \N} for NULL. Held in memory, for {@link LocalInfile}.
 */
final class TabSeparatedRows {

    private static final byte[] NULL = {'\\', 'N'};

    private byte[] bytes = new byte[64 * 1024];
    private int length;
    private int rows;
    private boolean rowStarted;

    /** Appends a text value (NULL when {@code null}) to the current row. */
    TabSeparatedRows text(String value) {
        separate();
        if (value == null) {
            append(NULL);
        } else {
            append(escaped(value).getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** Appends a whole number to the current row. */
    TabSeparatedRows number(long value) {
        separate();
        append(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** Appends a whole number, NULL when {@code null}, to the current row. */
    TabSeparatedRows number(Integer value) {
        return value == null ? text(null) : number(value.longValue());
    }

    /** Ends the current row. */
    void endRow() {
        ensure(1);
        bytes[length++] = '\n';
        rows++;
        rowStarted = false;
    }

    /** How many rows were ended. */
    int rows() {
        return rows;
    }

    /** The rows written so far, to read once. */
    InputStream stream() {
        return new ByteArrayInputStream(bytes, 0, length);
    }

    private void separate() {
        if (rowStarted) {
            ensure(1);
            bytes[length++] = '\t';
        }
        rowStarted = true;
    }

    private static String escaped(String value) {
        StringBuilder escaped = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\0' -> "\\0";
                default -> null;
            };
            if (escape != null && escaped == null) {
                escaped = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (escaped != null) {
                if (escape != null) {
                    escaped.append(escape);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? value : escaped.toString();
    }

    private void append(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, length, value.length);
        length += value.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
