package org.bookshelf.application.service;

import java.util.Arrays;
import org.bookshelf.application.exception.CatalogueNotEmptyException;
import org.bookshelf.application.exception.UnusableBackupException;
import org.bookshelf.application.exception.UnusableBackupException.Reason;
import org.bookshelf.application.model.BackupSummary;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.port.in.BackupFile;
import org.bookshelf.application.port.in.RestoreCatalogueUseCase;
import org.bookshelf.application.port.out.CatalogueSnapshots;
import org.bookshelf.application.port.out.UnitOfWork;

record RestoreCatalogueService(UnitOfWork unitOfWork, CatalogueSnapshots snapshots) implements RestoreCatalogueUseCase {

    /**
     * The file is read twice: once whole to check it before anything is written, then to store it, in one unit of
     * work that the second reading's own check rolls back should the file have changed in between.
     */
    @Override
    public CatalogueSize restore(BackupFile file, boolean replace) {
        BackupSummary summary = file.verify();
        String current = snapshots.schemaVersion();
        if (compareVersions(summary.schema(), current) > 0) {
            throw new UnusableBackupException(
                    Reason.NEWER_SCHEMA,
                    "the backup was taken from a store of schema " + summary.schema() + ", newer than this one's ("
                            + current + "); restore it with a newer release");
        }
        unitOfWork.run(() -> {
            if (!snapshots.isEmpty()) {
                if (!replace) {
                    throw new CatalogueNotEmptyException();
                }
                snapshots.deleteAll();
            }
            snapshots.load(file::read);
            return null;
        });
        return summary.size();
    }

    /** Orders schema versions as migrations are ordered: dotted whole numbers, part by part ({@code 3 < 3.1 < 10}). */
    static int compareVersions(String one, String other) {
        return Arrays.compare(parts(one), parts(other));
    }

    private static long[] parts(String version) {
        try {
            return Arrays.stream(version.split("[._]"))
                    .mapToLong(Long::parseLong)
                    .toArray();
        } catch (NumberFormatException e) {
            throw new UnusableBackupException(
                    Reason.MALFORMED, "the schema version " + version + " is not dotted whole numbers");
        }
    }
}
