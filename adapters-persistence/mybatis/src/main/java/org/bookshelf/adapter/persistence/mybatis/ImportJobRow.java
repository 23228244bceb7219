package org.bookshelf.adapter.persistence.mybatis;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.out.ImportJobsPort.ImportJobRecord;

/** A row of {@code import_jobs}, written and read; times are UTC wall-clock times to the microsecond. */
record ImportJobRow(
        long id,
        String state,
        long rowsRead,
        long booksCreated,
        long authorsCreated,
        long linksCreated,
        long alreadyPresent,
        long rejected,
        String failure,
        LocalDateTime updatedAt) {

    static ImportJobRow of(
            ImportJobId job, ImportState state, ImportCounts counts, String failure, LocalDateTime updatedAt) {
        return new ImportJobRow(
                job.value(),
                state.name().toLowerCase(Locale.ROOT),
                counts.rows(),
                counts.booksCreated(),
                counts.authorsCreated(),
                counts.linksCreated(),
                counts.alreadyPresent(),
                counts.rejected(),
                failure,
                updatedAt);
    }

    ImportJobRecord toRecord(List<RowRejection> errors) {
        return new ImportJobRecord(
                new ImportJobId(id),
                ImportState.valueOf(state.toUpperCase(Locale.ROOT)),
                new ImportCounts(rowsRead, booksCreated, authorsCreated, linksCreated, alreadyPresent, rejected),
                errors,
                failure,
                updatedAt.toInstant(ZoneOffset.UTC));
    }
}
