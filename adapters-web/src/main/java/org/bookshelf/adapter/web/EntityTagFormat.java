package org.bookshelf.adapter.web;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bookshelf.application.model.BookRevision;

/**
 * How a kind of resource writes what its {@code ETag} stands for, and reads it back from a request's
 * entity tag (RFC 9110, section 8.8.3). Entity tags are compared strongly, character by character, so a
 * tag that is not exactly how a version is written stands for none.
 *
 * @param <V> what the tag stands for
 */
final class EntityTagFormat<V> {

    /** An author's tag is its version: {@code "3"}. */
    static final EntityTagFormat<Long> AUTHOR = new EntityTagFormat<>(String::valueOf, EntityTagFormat::version);

    /**
     * A book's tag is {@code "<book version>.<sum of its credited authors' versions>"}, such as {@code "4.7"}: a
     * book shows its authors' names, so renaming one of them changes the tag though the book's version
     * stays (see {@link BookRevision}).
     */
    static final EntityTagFormat<BookRevision> BOOK = new EntityTagFormat<>(
            revision -> revision.version() + "." + revision.authorsVersion(), EntityTagFormat::revision);

    /** A version as written in a tag: a whole number without leading zeros, small enough for a long. */
    private static final String VERSION = "(0|[1-9][0-9]{0,17})";

    private static final Pattern REVISION = Pattern.compile(VERSION + "\\." + VERSION);

    private final Function<V, String> write;
    private final Function<String, V> read;

    private EntityTagFormat(Function<V, String> write, Function<String, V> read) {
        this.write = write;
        this.read = read;
    }

    /** The {@code ETag} of the resource at {@code version}: the opaque tag, quoted. */
    String etag(V version) {
        return "\"" + write.apply(version) + "\"";
    }

    /** What the opaque tag (the text between the quotes) stands for, or {@code null} when it stands for nothing. */
    V read(String opaqueTag) {
        return read.apply(opaqueTag);
    }

    private static Long version(String opaqueTag) {
        return opaqueTag.matches(VERSION) ? Long.valueOf(opaqueTag) : null;
    }

    private static BookRevision revision(String opaqueTag) {
        Matcher tag = REVISION.matcher(opaqueTag);
        return tag.matches() ? new BookRevision(Long.parseLong(tag.group(1)), Long.parseLong(tag.group(2))) : null;
    }
}
