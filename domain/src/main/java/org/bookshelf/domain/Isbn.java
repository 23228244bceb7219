package org.bookshelf.domain;

import java.util.regex.Pattern;

/**
 * An International Standard Book Number, always held as its 13 digits.
 *
 * <p>{@link #parse(String)} accepts ISBN-10 (check character {@code X} allowed) and ISBN-13, with or
 * without hyphens and spaces, verifies the check digit and converts ISBN-10 to its 978-prefixed
 * ISBN-13. Both the 978 and the 979 prefixes are accepted.
 *
 * @param value the 13 digits
 */
public record Isbn(String value) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern TEN_CHARACTERS = Pattern.compile("[0-9]{9}[0-9X]");
    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("[0-9]{13}");

    public Isbn {
        if (!isIsbn13(value)) {
            throw InvalidValueException.stating(CatalogueValue.ISBN, "not a valid ISBN-13: " + value);
        }
    }

    /** Reads an ISBN-10 or ISBN-13 as people write it and normalises it to 13 digits. */
    public static Isbn parse(String raw) {
        if (raw == null) {
            throw new InvalidValueException(CatalogueValue.ISBN, "is required");
        }
        String compact = SEPARATORS.matcher(raw.strip()).replaceAll("").toUpperCase(java.util.Locale.ROOT);
        if (TEN_CHARACTERS.matcher(compact).matches()) {
            if (isbn10CheckCharacter(compact) != compact.charAt(9)) {
                throw InvalidValueException.stating(
                        CatalogueValue.ISBN, "ISBN-10 check digit does not match: " + raw.strip());
            }
            String withoutCheck = "978" + compact.substring(0, 9);
            return new Isbn(withoutCheck + isbn13CheckDigit(withoutCheck));
        }
        if (THIRTEEN_DIGITS.matcher(compact).matches()) {
            if (!compact.startsWith("978") && !compact.startsWith("979")) {
                throw InvalidValueException.stating(
                        CatalogueValue.ISBN, "ISBN-13 must start with 978 or 979: " + raw.strip());
            }
            if (isbn13CheckDigit(compact) != compact.charAt(12)) {
                throw InvalidValueException.stating(
                        CatalogueValue.ISBN, "ISBN-13 check digit does not match: " + raw.strip());
            }
            return new Isbn(compact);
        }
        throw InvalidValueException.stating(
                CatalogueValue.ISBN, "an ISBN has 10 or 13 digits (hyphens and spaces allowed): " + raw.strip());
    }

    /** Checked by hand rather than with a pattern: every book read from the store holds an ISBN. */
    private static boolean isIsbn13(String value) {
        if (value == null
                || value.length() != 13
                || !value.startsWith("97")
                || value.charAt(2) != '8' && value.charAt(2) != '9') {
            return false;
        }
        for (int i = 3; i < 13; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return isbn13CheckDigit(value) == value.charAt(12);
    }

    private static char isbn10CheckCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (digits.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static char isbn13CheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (digits.charAt(i) - '0');
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    @Override
    public String toString() {
        return value;
    }
}
