package org.bookshelf.adapter.imports;

import java.util.Locale;
import java.util.Optional;

/** The formats an import reads. */
public enum ImportFormat {

    /** A Goodreads library export: CSV with Goodreads' own header line. */
    GOODREADS("goodreads", "text/csv", ".csv"),
    /** One book a line, as JSON in the API's book shape, authors by name. */
    JSON_LINES("jsonl", "application/x-ndjson", ".jsonl");

    private final String label;
    private final String mediaType;
    private final String extension;

    ImportFormat(String label, String mediaType, String extension) {
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The name a user gives it: {@code goodreads} or {@code jsonl}. */
    public String label() {
        return label;
    }

    /** The media type a request body in this format is sent as. */
    public String mediaType() {
        return mediaType;
    }

    /** The format a user names, in any case. */
    public static Optional<ImportFormat> fromLabel(String label) {
        for (ImportFormat format : values()) {
            if (format.label.equals(label.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a file by its name's extension: {@code .csv}, {@code .jsonl} (or {@code .ndjson}). */
    public static Optional<ImportFormat> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        for (ImportFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format whose first line this is: a JSON object, or a header naming Goodreads' columns. */
    public static Optional<ImportFormat> fromFirstLine(String firstLine) {
        String line = firstLine.strip();
        if (line.startsWith("{")) {
            return Optional.of(JSON_LINES);
        }
        if (GoodreadsCsvRows.looksLikeHeader(line)) {
            return Optional.of(GOODREADS);
        }
        return Optional.empty();
    }
}
