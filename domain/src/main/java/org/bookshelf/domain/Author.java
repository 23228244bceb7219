package org.bookshelf.domain;

import java.util.Objects;

/**
 * An author in the catalogue. Which books credit an author is a question for the catalogue, not part
 * of this aggregate: the authorship belongs to the {@link Book}.
 *
 * <p>Create new authors with {@link #register}; rebuild stored ones with {@link #reconstitute}. A
 * rename to a different name moves {@link #version()} on by one; {@link VersionedAggregate} says how a
 * store uses the versions.
 */
public final class Author extends VersionedAggregate {

    private final AuthorId id;
    private AuthorName name;

    private Author(AuthorId id, AuthorName name, long loadedVersion) {
        super(loadedVersion);
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A new author, at {@link #FIRST_VERSION}. */
    public static Author register(AuthorId id, AuthorName name) {
        return new Author(id, name, NOT_STORED);
    }

    /** An author as stored, at the version stored with it. */
    public static Author reconstitute(AuthorId id, AuthorName name, long version) {
        return new Author(id, name, requireStored(version));
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
        changed();
        return true;
    }

    public AuthorId id() {
        return id;
    }

    public AuthorName name() {
        return name;
    }

    @Override
    public String toString() {
        return "Author[" + id + " \"" + name + "\" v" + version() + "]";
    }
}
