package org.bookshelf.adapter.persistence.mybatis;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows in the text format {@code LOAD DATA} reads by default: UTF-8, fields separated by a tab, rows ended by a
 * line feed, a backslash escaping the backslash, tab, line feed, carriage return and NUL within a value,
 * {@code \N} for NULL. Held in memory, for {@link LocalInfile}, in batches of a bounded number of rows: one
 * statement a batch, so that no statement of a large import nears {@code max_statement_time}.
 */
final class TabSeparatedRows {

    /** The rows of a batch unless told otherwise: a fraction of a second of {@code LOAD DATA}. */
    static final int ROWS_PER_BATCH = 50_000;

    private static final byte[] NULL = {'\\', 'N'};

    private final int rowsPerBatch;
    private final List<InputStream> fullBatches = new ArrayList<>();
    private byte[] bytes = new byte[64 * 1024];
    private int length;
    private int rows;
    private int rowsInBatch;
    private boolean rowStarted;

    TabSeparatedRows() {
        this(ROWS_PER_BATCH);
    }

    TabSeparatedRows(int rowsPerBatch) {
        if (rowsPerBatch < 1) {
            throw new IllegalArgumentException("a batch has rows, not " + rowsPerBatch);
        }
        this.rowsPerBatch = rowsPerBatch;
    }

    /** Appends a text value (NULL when {@code null}) to the current row. */
    TabSeparatedRows text(String value) {
        return field(value == null ? NULL : textField(value));
    }

    /** Appends a whole number to the current row. */
    TabSeparatedRows number(long value) {
        return field(numberField(value));
    }

    /**
     * Appends a value written once with {@link #textField} or {@link #numberField}: for a value many rows repeat,
     * such as a title's key on the row of each of its words.
     */
    TabSeparatedRows field(byte[] written) {
        separate();
        append(written);
        return this;
    }

    /** A text value as {@link #field} appends it. */
    static byte[] textField(String value) {
        return escaped(value).getBytes(StandardCharsets.UTF_8);
    }

    /** A whole number as {@link #field} appends it. */
    static byte[] numberField(long value) {
        return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
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
        if (++rowsInBatch == rowsPerBatch) {
            fullBatches.add(new ByteArrayInputStream(Arrays.copyOf(bytes, length)));
            length = 0;
            rowsInBatch = 0;
        }
    }

    /** How many rows were ended. */
    int rows() {
        return rows;
    }

    /** The rows ended so far, each batch to read once; none when there are none. */
    List<InputStream> batches() {
        List<InputStream> batches = new ArrayList<>(fullBatches);
        if (rowsInBatch > 0) {
            batches.add(new ByteArrayInputStream(bytes, 0, length));
        }
        return batches;
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
