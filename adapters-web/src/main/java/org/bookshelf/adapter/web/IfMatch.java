package org.bookshelf.adapter.web;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@code If-Match} precondition of a request (RFC 9110, section 13.1.1) on a resource whose
 * {@code ETag} is written by an {@link EntityTagFormat}, such as {@code "3"} for an author.
 *
 * <p>Absent or {@code *}: any version will do. Otherwise the list of entity tags is compared strongly,
 * so weak tags ({@code W/"3"}) and tags not written as the resource's own never match. A header that is
 * not a list of entity tags at all is a bad request.
 */
final class IfMatch {

    static final String HEADER = "If-Match";

    private static final IfMatch ANY = new IfMatch(null);
    private static final String MALFORMED = "If-Match must be * or a list of entity tags such as \"3\"";

    /** The opaque tags of the strong entity tags, in order; {@code null} when any version matches. */
    private final Set<String> strongTags;

    private IfMatch(Set<String> strongTags) {
        this.strongTags = strongTags;
    }

    static IfMatch parse(String header) {
        if (header == null || header.strip().equals("*")) {
            return ANY;
        }
        Set<String> strongTags = new LinkedHashSet<>();
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
            if (!weak) {
                strongTags.add(opaque);
            }
            at = skipWhitespace(header, close + 1);
            if (at < length && header.charAt(at) != ',') {
                throw malformed();
            }
        }
        if (tags == 0) {
            throw malformed();
        }
        return new IfMatch(strongTags);
    }

    /**
     * The version the change must find, or {@code null} when any will do.
     *
     * @param format         how the resource writes its entity tag
     * @param currentVersion reads the resource's current version (and fails as usual when it does not
     *                       exist); only called when the header names no single version
     * @throws PreconditionFailedException when no entity tag names the current version
     */
    <V> V expected(EntityTagFormat<V> format, Supplier<V> currentVersion) {
        if (strongTags == null) {
            return null;
        }
        Set<V> versions = strongTags.stream()
                .map(format::read)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (versions.size() == 1) {
            return versions.iterator().next();
        }
        V current = currentVersion.get();
        if (!versions.contains(current)) {
            throw new PreconditionFailedException(
                    "the resource's entity tag is " + format.etag(current) + ", which If-Match does not name");
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
