package org.bookshelf.domain;

/**
 * The versioning every aggregate of the catalogue shares. A new aggregate starts at {@link #FIRST_VERSION};
 * every change moves {@link #version()} on by one. A rebuilt aggregate remembers the version it was stored
 * at ({@link #loadedVersion()}): a store keeps its changes only if the stored one is still at that version.
 */
public abstract class VersionedAggregate {

    /** The version of an aggregate that has just been registered. */
    public static final long FIRST_VERSION = 1;

    /** The {@link #loadedVersion()} of an aggregate registered here and not stored yet. */
    public static final long NOT_STORED = 0;

    private long version;
    private final long loadedVersion;

    /**
     * @param loadedVersion the version it was stored at, {@link #NOT_STORED} for a new aggregate (which
     *                      starts at {@link #FIRST_VERSION})
     */
    VersionedAggregate(long loadedVersion) {
        this.version = loadedVersion == NOT_STORED ? FIRST_VERSION : loadedVersion;
        this.loadedVersion = loadedVersion;
    }

    /** Checks that {@code version} is one a stored aggregate can have. */
    static long requireStored(long version) {
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("a stored version is at least " + FIRST_VERSION + ", was " + version);
        }
        return version;
    }

    /** Moves the version on by one: the aggregate has changed. */
    final void changed() {
        version++;
    }

    public final long version() {
        return version;
    }

    /** The version it was stored at when it was rebuilt; {@link #NOT_STORED} for a new aggregate. */
    public final long loadedVersion() {
        return loadedVersion;
    }

    /** Whether anything changed since it was rebuilt (always, for a new aggregate). */
    public final boolean hasChanges() {
        return version != loadedVersion;
    }
}
