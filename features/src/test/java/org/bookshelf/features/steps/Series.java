package org.bookshelf.features.steps;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Numbered titles or names such as "Volume 01" to "Volume 25": a common prefix and a number, zero
 * padded when both ends are written with the same number of digits.
 */
record Series(String prefix, int first, int last, int digits) {

    Series {
        if (last < first) {
            throw new IllegalArgumentException("a series runs upwards, not from " + first + " to " + last);
        }
    }

    static Series between(String prefix, String first, String lastPrefix, String last) {
        if (!prefix.equals(lastPrefix)) {
            throw new IllegalArgumentException(
                    "both ends of a series start alike: \"" + prefix + "\" and \"" + lastPrefix + "\"");
        }
        int digits = first.length() == last.length() ? first.length() : 0;
        return new Series(prefix, Integer.parseInt(first), Integer.parseInt(last), digits);
    }

    List<String> members() {
        String format = digits == 0 ? "%s%d" : "%s%0" + digits + "d";
        return IntStream.rangeClosed(first, last)
                .mapToObj(number -> String.format(format, prefix, number))
                .toList();
    }
}
