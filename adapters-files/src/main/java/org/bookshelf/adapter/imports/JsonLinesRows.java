package org.bookshelf.adapter.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.port.out.ImportRows;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines: one book a line, {@code {"title","isbn"?,"published_year"?,"authors":[{"name"}]}}, the API's
 * book shape with authors by name. The {@code id} and {@code version} of a book and the {@code id} of an
 * author may be there and are ignored, so an export imports as it is. Blank lines are skipped.
 *
 * <p>Every line stands alone: one that is not such an object (malformed JSON, an unknown field, a value of
 * the wrong type, not UTF-8, longer than {@value #MAX_LINE_BYTES} bytes) is an unreadable row, and the next
 * line is read as if nothing happened.
 */
final class JsonLinesRows implements ImportRows {

    static final int MAX_LINE_BYTES = 1 << 20;

    private static final Set<String> BOOK_FIELDS =
            Set.of("id", "title", "isbn", "published_year", "authors", "version");
    private static final Set<String> AUTHOR_FIELDS = Set.of("id", "name");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfFile;
    private byte[] line = new byte[1024];
    private long lineNumber;
    private ImportRow next;

    JsonLinesRows(InputStream in) {
        this.in = in;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null && readLine()) {
                next = row();
            }
            return next != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ImportRow row = next;
        next = null;
        return row;
    }

    // Lines

    private int lineLength;
    private boolean lineTooLong;

    /** Reads the next line into {@link #line} (without its line break); false at the end of the file. */
    private boolean readLine() throws IOException {
        lineLength = 0;
        lineTooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (endOfFile || !fill()) {
                    if (any) {
                        lineNumber++;
                    }
                    return any;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position);
            if (position < limit) {
                position++;
                lineNumber++;
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        if (read < 0) {
            endOfFile = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void append(int from, int to) {
        int length = to - from;
        if (lineTooLong || lineLength + length > MAX_LINE_BYTES) {
            lineTooLong = true;
            return;
        }
        if (lineLength + length > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
        }
        System.arraycopy(buffer, from, line, lineLength, length);
        lineLength += length;
    }

    // Rows

    /** The row of the line just read, or {@code null} for a blank line. */
    private ImportRow row() {
        if (lineTooLong) {
            return ImportRow.unreadable(lineNumber, "the line is longer than " + MAX_LINE_BYTES + " bytes");
        }
        int length = lineLength;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (isBlank(length)) {
            return null;
        }
        JsonNode book;
        try {
            book = JSON.readTree(line, 0, length);
        } catch (JacksonException e) {
            return ImportRow.unreadable(lineNumber, "the line is not JSON: " + e.getOriginalMessage());
        }
        try {
            return book(book);
        } catch (IllegalArgumentException e) {
            return ImportRow.unreadable(lineNumber, e.getMessage());
        }
    }

    private boolean isBlank(int length) {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private ImportRow book(JsonNode book) {
        requireObject(book, BOOK_FIELDS, "the line is not a JSON object", "the book");
        List<String> authors = new ArrayList<>();
        JsonNode authorList = book.path("authors");
        if (!authorList.isMissingNode() && !authorList.isNull()) {
            if (!authorList.isArray()) {
                throw new IllegalArgumentException("authors must be an array of {\"name\"} objects");
            }
            for (JsonNode author : authorList.values()) {
                requireObject(author, AUTHOR_FIELDS, "authors must be an array of {\"name\"} objects", "an author");
                authors.add(text(author, "name", "an author's name"));
            }
        }
        JsonNode year = book.path("published_year");
        Integer publishedYear = null;
        if (!year.isMissingNode() && !year.isNull()) {
            if (!year.isIntegralNumber() || !year.canConvertToInt()) {
                throw new IllegalArgumentException("published_year must be a whole number or null");
            }
            publishedYear = year.intValue();
        }
        return ImportRow.book(
                lineNumber, text(book, "title", "title"), text(book, "isbn", "isbn"), publishedYear, authors);
    }

    private static void requireObject(JsonNode node, Set<String> fields, String notAnObject, String what) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(notAnObject);
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!fields.contains(field.getKey())) {
                throw new IllegalArgumentException(what + " has an unknown field " + field.getKey());
            }
        }
    }

    /** The string value of the field, {@code null} when missing or null. */
    private static String text(JsonNode node, String field, String what) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException(what + " must be a string");
        }
        return value.stringValue();
    }

    @Override
    public void close() {
        CatalogueFileFormats.closeQuietly(in);
    }
}
