package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Texts written as JSON arrays of strings (or of arrays of strings), for statements that read many values from one bound parameter with
 * {@code JSON_TABLE}: one round trip and one parameter however many values, where an {@code IN} list takes a
 * parameter a value. Each array holds at most about {@value #MAX_CHARS} characters, so no statement nears
 * {@code max_allowed_packet}.
 */
final class JsonArrays {

    static final int MAX_CHARS = 1 << 20;

    private JsonArrays() {}

    /** {@code values}, in order, as as few arrays as the size limit allows; none for no values. */
    static List<String> of(Collection<String> values) {
        return arrays(values, JsonArrays::appendString);
    }

    /**
     * {@code tuples}, in order, each an array of its strings ({@code [["a","b"],["c","d"]]}, read with paths
     * {@code $[0]} and {@code $[1]}), as as few arrays as the size limit allows; none for no tuples.
     */
    static List<String> ofTuples(Collection<List<String>> tuples) {
        return arrays(tuples, (tuple, json) -> {
            json.append('[');
            for (int i = 0; i < tuple.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                appendString(tuple.get(i), json);
            }
            json.append(']');
        });
    }

    private static <T> List<String> arrays(Collection<T> elements, BiConsumer<T, StringBuilder> writer) {
        List<String> arrays = new ArrayList<>();
        StringBuilder array = new StringBuilder();
        StringBuilder element = new StringBuilder();
        for (T value : elements) {
            element.setLength(0);
            writer.accept(value, element);
            if (array.length() > 0 && array.length() + element.length() > MAX_CHARS) {
                arrays.add(array.append(']').toString());
                array.setLength(0);
            }
            array.append(array.length() == 0 ? '[' : ',').append(element);
        }
        if (array.length() > 0) {
            arrays.add(array.append(']').toString());
        }
        return arrays;
    }

    private static void appendString(String value, StringBuilder json) {
        json.append('"');
        appendEscaped(value, json);
        json.append('"');
    }

    private static void appendEscaped(String value, StringBuilder json) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
    }
}
