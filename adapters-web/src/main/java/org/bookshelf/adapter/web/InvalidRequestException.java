package org.bookshelf.adapter.web;

import java.util.List;

/** The request breaks the API's rules (answered 400); {@link #fields()} says where. Nothing was changed. */
final class InvalidRequestException extends RuntimeException {

    private final List<InvalidField> fields;

    InvalidRequestException(List<InvalidField> fields) {
        super(fields.isEmpty() ? "invalid request" : fields.get(0).message(), null, false, false);
        this.fields = List.copyOf(fields);
    }

    InvalidRequestException(String field, String message) {
        this(List.of(new InvalidField(field, message)));
    }

    List<InvalidField> fields() {
        return fields;
    }
}
