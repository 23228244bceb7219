package org.bookshelf.domain;

import java.util.Locale;

/** Rules shared by the catalogue's free-text values and by the text it is searched with. */
public final class Text {

    private Text() {}

    /**
     * Trims {@code raw} and checks that between 1 and {@code maxLength} characters (code points) of
     * well-formed Unicode remain.
     *
     * @throws InvalidValueException refusing a value of {@code kind} otherwise
     */
    public static String requireTrimmed(ValueKind kind, String raw, int maxLength) {
        if (raw == null) {
            throw new InvalidValueException(kind, "is required");
        }
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(kind, "must not be blank");
        }
        if (!isWellFormed(trimmed)) {
            throw new InvalidValueException(kind, "is not valid Unicode: it holds an unpaired surrogate");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > maxLength) {
            throw new InvalidValueException(kind, "must be at most " + maxLength + " characters, was " + length);
        }
        return trimmed;
    }

    /**
     * Whether {@code text} is well-formed Unicode, that is without an unpaired surrogate; a database
     * keeping UTF-8 could not store such text as it is.
     */
    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The key the catalogue sorts and searches by: case folded, so "apple" and "Apple" sit together. */
    public static String sortKey(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /**
     * Orders sort keys as the catalogue lists them: code point by code point, as MariaDB's binary collation of
     * their UTF-8 bytes does (by UTF-16 units, {@code String.compareTo} would put U+1F600 before U+FF41).
     */
    public static int compareSortKeys(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < left.length(), j < right.length());
    }
}
