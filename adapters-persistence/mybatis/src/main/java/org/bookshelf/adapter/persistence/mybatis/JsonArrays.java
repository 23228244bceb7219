package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Texts written as JSON arrays of strings, for statements that read many values from one bound parameter with
 * {@code JSON_TABLE}: one round trip and one parameter however many values, where an {@code IN} list takes a
 * parameter a value. Each array holds at most about {@value #MAX_CHARS} characters, so no statement nears
 * {@code max_allowed_packet}.
 */
final class JsonArrays {

    static final int MAX_CHARS = 1 << 20;

    private JsonArrays() {}

    /** {@code values}, in order, as as few arrays as the size limit allows; none for no values. */
    static List<String> of(Collection<String> values) {
        List<String> arrays = new ArrayList<>();
        StringBuilder array = new StringBuilder();
        for (String value : values) {
            if (array.length() > 0 && array.length() + value.length() > MAX_CHARS) {
                arrays.add(array.append(']').toString());
                array.setLength(0);
            }
            array.append(array.length() == 0 ? "[\"" : ",\"");
            appendEscaped(value, array);
            array.append('"');
        }
        if (array.length() > 0) {
            arrays.add(array.append(']').toString());
        }
        return arrays;
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
