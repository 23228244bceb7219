package org.bookshelf.application.model;

import org.bookshelf.domain.ValueKind;

/** The values of use-case requests, beside the catalogue's own, that the application checks. */
public enum RequestValue implements ValueKind {
    SEARCH_TEXT("search text"),
    PAGE_SIZE("page size"),
    PAGE_CURSOR("page cursor"),
    IMPORT_ID("import id"),
    IDEMPOTENCY_KEY("idempotency key"),
    IMPORT_ROW("row");

    private final String words;

    RequestValue(String words) {
        this.words = words;
    }

    @Override
    public String words() {
        return words;
    }
}
