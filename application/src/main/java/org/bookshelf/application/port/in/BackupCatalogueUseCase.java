package org.bookshelf.application.port.in;

import org.bookshelf.application.model.CatalogueSize;

/** Backs the whole catalogue up, as it was at one instant, while it stays open to reads and writes. */
public interface BackupCatalogueUseCase {

    /**
     * Writes every author (credited or not) and every book with its authors in credit order, each with its id and
     * version, all as they were at one instant, to {@code writer}, and ends it. Memory does not grow with the
     * catalogue.
     *
     * @return what the backup holds
     * @throws java.io.UncheckedIOException when the writer fails; the backup is then incomplete
     */
    CatalogueSize backup(BackupWriter writer);
}
