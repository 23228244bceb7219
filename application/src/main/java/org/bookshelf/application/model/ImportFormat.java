package org.bookshelf.application.model;

import java.util.Locale;
import java.util.Optional;

/** The file formats an import reads. */
public enum ImportFormat {

    /** A Goodreads library export: CSV with Goodreads' own header line. */
    GOODREADS("goodreads"),
    /** One book a line, as JSON in the API's book shape, authors by name: what an export writes. */
    JSON_LINES("jsonl");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    /** The name a user gives it: {@code goodreads} or {@code jsonl}. */
    public String label() {
        return label;
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
}
