package org.bookshelf.adapter.persistence.mariadb;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a starting service makes sure the schema is the one it needs: {@code BOOKSHELF_DB_MIGRATE}, {@code auto} to
 * migrate it (one process at a time, whatever the topology) or {@code check} to wait for somebody else to
 * ({@code java -jar bookshelf.jar migrate}); unset, {@code auto} on a single server and the embedded database,
 * {@code check} on a node of a Galera cluster, where a migration holds every node while it runs and belongs to an
 * operator. {@code BOOKSHELF_DB_MIGRATE_WAIT_SECONDS} (default 60): how long {@code check} waits before the service
 * gives up starting. Read by {@link DatabaseSettings}.
 *
 * @param mode    what to do, or {@code null} to choose by the database ({@link #modeOn})
 * @param maxWait how long {@link Mode#CHECK} waits for the schema
 */
public record MigrationSettings(Mode mode, Duration maxWait) {

    public static final String MODE = "BOOKSHELF_DB_MIGRATE";
    public static final String WAIT_SECONDS = "BOOKSHELF_DB_MIGRATE_WAIT_SECONDS";

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    /** Chosen by the database, waiting {@link #DEFAULT_WAIT}. */
    public static final MigrationSettings DEFAULT = new MigrationSettings(null, DEFAULT_WAIT);

    /** What a starting service does about the schema. */
    public enum Mode {
        /** Migrates the schema, waiting while another process does. */
        AUTO,
        /** Waits for the schema to be migrated by another process, at most {@link #maxWait}. */
        CHECK
    }

    public MigrationSettings {
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException(WAIT_SECONDS + " must not be negative, was " + maxWait.toSeconds());
        }
    }

    /**
     * The settings given as text, each {@code null} for its default.
     *
     * @throws IllegalArgumentException naming the setting that is malformed
     */
    static MigrationSettings parse(String mode, String waitSeconds) {
        return new MigrationSettings(
                mode == null ? null : mode(mode),
                waitSeconds == null ? DEFAULT_WAIT : ReplicaSettings.seconds(WAIT_SECONDS, waitSeconds));
    }

    private static Mode mode(String value) {
        try {
            return Mode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(MODE + " must be auto or check, was " + value, e);
        }
    }

    /** The mode on a database that is ({@code galeraNode}) or is not a node of a Galera cluster. */
    public Mode modeOn(boolean galeraNode) {
        if (mode != null) {
            return mode;
        }
        return galeraNode ? Mode.CHECK : Mode.AUTO;
    }
}
