package org.bookshelf.domain;

import java.util.Objects;

/**
 * An author in the catalogue. Which books credit an author is a question for the catalogue, not part
 * of this aggregate: the authorship belongs to the {@link Book}.
 *
 * <p>Create new authors with {@link #register}; rebuild stored ones with {@link #reconstitute}. A
 * rename to a different name moves {@link #version()} on by one. An author remembers the version it was
 * stored at when it was rebuilt ({@link #loadedVersion()}): a store keeps a rename only if the stored
 * author is still at that version.
 */
public final class Author {

    /** The version of an author who has just been registered. */
    public static final long FIRST_VERSION = 1;

    /** The {@link #loadedVersion()} of an author registered here and not stored yet. */
    public static final long NOT_STORED = 0;

    private final AuthorId id;
    private AuthorName name;
    private long version;
    private final long loadedVersion;

    private Author(AuthorId id, AuthorName name, long version, long loadedVersion) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.version = version;
        this.loadedVersion = loadedVersion;
    }

    /** A new author, at {@link #FIRST_VERSION}. */
    public static Author register(AuthorId id, AuthorName name) {
        return new Author(id, name, FIRST_VERSION, NOT_STORED);
    }

    /** An author as stored, at the version stored with it. */
    public static Author reconstitute(AuthorId id, AuthorName name, long version) {
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("a stored version is at least " + FIRST_VERSION + ", was " + version);
        }
        return new Author(id, name, version, version);
    }

    /**
     * Renames the author.
     *
     * @return whether the name differed (and the version moved)
     */
    public boolean rename(AuthorName newName) {
        Objects.requireNonNull(newName, "name");
        if (name.equals(newName)) {
            return false;
        }
        name = newName;
        version++;
        return true;
    }

    public AuthorId id() {
        return id;
    }

    public AuthorName name() {
        return name;
    }

    public long version() {
        return version;
    }

    /** The version the author was stored at when rebuilt; {@link #NOT_STORED} for a new author. */
    public long loadedVersion() {
        return loadedVersion;
    }

    /** Whether anything changed since the author was rebuilt (always, for a new author). */
    public boolean hasChanges() {
        return version != loadedVersion;
    }

    @Override
    public String toString() {
        return "Author[" + id + " \"" + name + "\" v" + version + "]";
    }
}
