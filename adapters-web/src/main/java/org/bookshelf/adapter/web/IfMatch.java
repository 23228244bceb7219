package org.bookshelf.adapter.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The {@code If-Match} precondition of a request (RFC 9110, section 13.1.1) on a resource whose
 * {@code ETag} is its quoted version, such as {@code "3"}.
 *
 * <p>Absent or {@code *}: any version will do. Otherwise the list of entity tags is compared strongly,
 * so weak tags ({@code W/"3"}) and tags that are not versions never match. A header that is not a list
 * of entity tags at all is a bad request.
 */
final class IfMatch {

    static final String HEADER = "If-Match";

    private static final IfMatch ANY = new IfMatch(null);
    private static final String MALFORMED = "If-Match must be * or a list of entity tags such as \"3\"";

    /** The versions named by strong entity tags; {@code null} when any version matches. */
    private final Set<Long> versions;

    private IfMatch(Set<Long> versions) {
        this.versions = versions;
    }

    static IfMatch parse(String header) {
        if (header == null || header.strip().equals("*")) {
            return ANY;
        }
        Set<Long> versions = new LinkedHashSet<>();
        int tags = 0;
        int at = 0;
        int length = header.length();
        while (true) {
            at = skipListSeparators(header, at);
            if (at >= length) {
                break;
            }
            boolean weak = header.startsWith("W/", at);
            if (weak) {
                at += 2;
            }
            if (at >= length || header.charAt(at) != '"') {
                throw malformed();
            }
            int close = header.indexOf('"', at + 1);
            if (close < 0) {
                throw malformed();
            }
            String opaque = header.substring(at + 1, close);
            tags++;
            if (!weak && opaque.matches("[0-9]{1,18}")) {
                versions.add(Long.parseLong(opaque));
            }
            at = skipWhitespace(header, close + 1);
            if (at < length && header.charAt(at) != ',') {
                throw malformed();
            }
        }
        if (tags == 0) {
            throw malformed();
        }
        return new IfMatch(versions);
    }

    /**
     * The version the change must find, or {@code null} when any will do.
     *
     * @param currentVersion reads the resource's current version (and fails as usual when it does not
     *                       exist); only called when the header names no single version
     * @throws PreconditionFailedException when no entity tag names the current version
     */
    Long expectedVersion(LongSupplier currentVersion) {
        if (versions == null) {
            return null;
        }
        if (versions.size() == 1) {
            return versions.iterator().next();
        }
        long current = currentVersion.getAsLong();
        if (!versions.contains(current)) {
            throw new PreconditionFailedException(
                    "the resource is at version " + current + ", which If-Match does not name");
        }
        return current;
    }

    private static int skipListSeparators(String header, int at) {
        while (at < header.length() && (header.charAt(at) == ',' || isWhitespace(header.charAt(at)))) {
            at++;
        }
        return at;
    }

    private static int skipWhitespace(String header, int at) {
        while (at < header.length() && isWhitespace(header.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t';
    }

    private static InvalidRequestException malformed() {
        return new InvalidRequestException(HEADER, MALFORMED);
    }
}
