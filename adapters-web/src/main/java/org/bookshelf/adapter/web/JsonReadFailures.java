package org.bookshelf.adapter.web;

import java.util.Collection;
import java.util.List;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says, in the API's own terms, why a request body could not be read: which field (as a JSON path such
 * as {@code author_ids[2]}) and what is wrong with it. Jackson's and Spring's messages are never passed
 * on: they name Java classes.
 */
final class JsonReadFailures {

    static final String BODY = "body";

    private JsonReadFailures() {}

    static InvalidField describe(HttpMessageNotReadableException failure) {
        Throwable cause = failure.getCause();
        if (cause == null) {
            return new InvalidField(BODY, "a JSON object is required as the request body");
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new InvalidField(field, field + " is not a field of this request");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            if (field.equals(BODY)) {
                return new InvalidField(BODY, "the request body must be a JSON object");
            }
            return new InvalidField(field, field + " must be " + jsonTypeOf(mismatch.getTargetType()));
        }
        if (cause instanceof InputCoercionException outOfRange) {
            String field = path(outOfRange);
            return new InvalidField(
                    field, field.equals(BODY) ? "a number is out of range" : field + " is out of range");
        }
        if (cause instanceof StreamReadException malformed) {
            return new InvalidField(BODY, "the request body is not well-formed JSON" + at(malformed.getLocation()));
        }
        return new InvalidField(BODY, "the request body cannot be read as JSON");
    }

    private static String path(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static String jsonTypeOf(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray() || type == List.class) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
