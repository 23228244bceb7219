package org.bookshelf.application.service;

import java.time.Clock;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.port.in.BackupCatalogueUseCase;
import org.bookshelf.application.port.in.BackupWriter;
import org.bookshelf.application.port.out.CatalogueSnapshots;

record BackupCatalogueService(CatalogueSnapshots snapshots, Clock clock) implements BackupCatalogueUseCase {

    /** The header's time is taken just before the snapshot opens: the backup holds no change made before it. */
    @Override
    public CatalogueSize backup(BackupWriter writer) {
        writer.begin(clock.instant(), snapshots.schemaVersion());
        snapshots.read(writer);
        return writer.end();
    }
}
