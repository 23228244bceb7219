package org.bookshelf.adapter.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bookshelf.application.exception.UnreadableFileException;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.port.out.ImportRows;

/**
 * A Goodreads library export (RFC 4180 CSV, with Goodreads' header line of 24 columns), read with Commons
 * CSV: quoted values may hold commas, quotes and line breaks. Of each row it takes {@code Title}; {@code Author}
 * then {@code Additional Authors} split on commas, in that order; {@code ISBN13}, else {@code ISBN}, without the
 * {@code ="…"} wrapping Goodreads puts around them ({@code =""} is none); {@code Year Published}, else
 * {@code Original Publication Year}. Other columns are ignored.
 *
 * <p>A row with more or fewer values than the header names, or a year that is not a whole number, is an
 * unreadable row. Text that breaks CSV past recovery (a quote never closed), or a row longer than
 * {@value #MAX_RECORD_CHARS} characters, ends the file with an {@link UncheckedIOException}.
 */
final class GoodreadsCsvRows implements ImportRows {

    static final int MAX_RECORD_CHARS = 1 << 20;

    private static final String TITLE = "Title";
    private static final String AUTHOR = "Author";
    private static final String ADDITIONAL_AUTHORS = "Additional Authors";
    private static final String ISBN = "ISBN";
    private static final String ISBN13 = "ISBN13";
    private static final String YEAR_PUBLISHED = "Year Published";
    private static final String ORIGINAL_PUBLICATION_YEAR = "Original Publication Year";
    private static final List<String> COLUMNS_READ =
            List.of(TITLE, AUTHOR, ADDITIONAL_AUTHORS, ISBN, ISBN13, YEAR_PUBLISHED, ORIGINAL_PUBLICATION_YEAR);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private final RecordLimit text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int columns;
    private long nextLine;

    GoodreadsCsvRows(InputStream in) throws IOException {
        text = new RecordLimit(new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UnreadableFileException(
                    "not a Goodreads library export: its header line cannot be read (" + e.getMessage() + ")");
        }
        List<String> header = parser.getHeaderNames();
        List<String> missing =
                COLUMNS_READ.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFileException(
                    "not a Goodreads library export: the header line has no " + String.join(", ", missing) + " column");
        }
        columns = header.size();
        nextLine = parser.getCurrentLineNumber() + 1;
        records = parser.iterator();
    }

    /** Whether {@code line} names every column a Goodreads export has and an import reads. */
    static boolean looksLikeHeader(String line) {
        List<String> names = Arrays.stream(line.split(","))
                .map(name -> name.strip().replace("\"", ""))
                .toList();
        return names.containsAll(COLUMNS_READ);
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UncheckedIOException(new IOException(
                    "the CSV text breaks off in the row starting at line " + nextLine + ": " + e.getMessage(), e));
        }
    }

    @Override
    public ImportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        long line = nextLine;
        nextLine = parser.getCurrentLineNumber() + 1;
        text.recordEnded();
        if (record.size() != columns) {
            return ImportRow.unreadable(
                    line,
                    "the row has " + record.size() + " values where the header line names " + columns + " columns");
        }
        String yearPublished = unwrapped(record.get(YEAR_PUBLISHED));
        String year = yearPublished != null ? yearPublished : unwrapped(record.get(ORIGINAL_PUBLICATION_YEAR));
        Integer publishedYear = null;
        if (year != null) {
            try {
                publishedYear = Integer.valueOf(year);
            } catch (NumberFormatException e) {
                return ImportRow.unreadable(line, "the year " + year + " is not a whole number");
            }
        }
        String isbn13 = unwrapped(record.get(ISBN13));
        return ImportRow.book(
                line,
                record.get(TITLE),
                isbn13 != null ? isbn13 : unwrapped(record.get(ISBN)),
                publishedYear,
                authors(record));
    }

    private static List<String> authors(CSVRecord record) {
        List<String> names = new ArrayList<>();
        String author = unwrapped(record.get(AUTHOR));
        if (author != null) {
            names.add(author);
        }
        for (String additional : record.get(ADDITIONAL_AUTHORS).split(",")) {
            if (!additional.isBlank()) {
                names.add(additional.strip());
            }
        }
        return names;
    }

    /** The value without Goodreads' {@code ="…"} spreadsheet wrapping; {@code null} when blank. */
    private static String unwrapped(String value) {
        String stripped = value.strip();
        if (stripped.length() >= 3 && stripped.startsWith("=\"") && stripped.endsWith("\"")) {
            stripped = stripped.substring(2, stripped.length() - 1).strip();
        }
        return stripped.isEmpty() || stripped.equals("=\"\"") ? null : stripped;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // read to the end or given up on: nothing more to do with it
        }
    }

    /** Refuses to read more than {@value #MAX_RECORD_CHARS} characters for one row (give or take a buffer). */
    private static final class RecordLimit extends FilterReader {

        private long sinceRecordEnd;

        RecordLimit(Reader in) {
            super(in);
        }

        void recordEnded() {
            sinceRecordEnd = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(Math.max(read, 0));
            return read;
        }

        private void count(int chars) throws IOException {
            sinceRecordEnd += chars;
            if (sinceRecordEnd > MAX_RECORD_CHARS + 64 * 1024) {
                throw new IOException("a row is longer than " + MAX_RECORD_CHARS + " characters");
            }
        }
    }
}
