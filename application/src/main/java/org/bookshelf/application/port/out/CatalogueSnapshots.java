package org.bookshelf.application.port.out;

import java.util.function.Consumer;
import org.bookshelf.application.model.SnapshotSink;

/**
 * The whole catalogue at once, for backups: read as it was at one instant, and stored again as it was, ids and
 * versions included.
 */
public interface CatalogueSnapshots {

    /** The version of the store's schema that backups record: its last migration's. */
    String schemaVersion();

    /**
     * Gives {@code sink} every author, then every book with its authors in credit order, each in id order, all
     * as they were at one instant: a read-only snapshot of its own, which writers meanwhile neither wait for nor
     * show in. The catalogue is streamed: memory does not grow with it.
     */
    void read(SnapshotSink sink);

    /** Whether the catalogue holds no author and no book. Only inside a {@link UnitOfWork}. */
    boolean isEmpty();

    /** Deletes every book, credit and author. Only inside a {@link UnitOfWork}. */
    void deleteAll();

    /**
     * Stores what {@code content} gives the sink it is handed, as it is: authors with their ids and versions, then
     * books with theirs and their credits in order. Ids handed out afterwards come after the highest stored. Only
     * inside a {@link UnitOfWork}, into an empty catalogue.
     */
    void load(Consumer<SnapshotSink> content);
}
