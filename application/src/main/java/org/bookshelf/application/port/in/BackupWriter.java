package org.bookshelf.application.port.in;

import java.time.Instant;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.SnapshotSink;

/**
 * Writes one backup file: {@link #begin} once, then every author and book ({@link SnapshotSink}), then
 * {@link #end} once. Each method throws {@link java.io.UncheckedIOException} when the file cannot be written.
 */
public interface BackupWriter extends SnapshotSink {

    /** Writes the header: the catalogue as it was at {@code takenAt}, in a store of schema {@code schema}. */
    void begin(Instant takenAt, String schema);

    /** Writes the end, with the counts and the checksum of everything before it, and flushes; answers the counts. */
    CatalogueSize end();
}
