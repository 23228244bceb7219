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

/**
 * A row of {@code import_jobs}, written and read; times are UTC wall-clock times to the microsecond. The six count
 * columns are mapped to and from {@code counts} by {@code ImportJobMapper.xml}.
 */
record ImportJobRow(long id, String state, ImportCounts counts, String failure, LocalDateTime updatedAt) {

    static ImportJobRow of(
            ImportJobId job, ImportState state, ImportCounts counts, String failure, LocalDateTime updatedAt) {
        return new ImportJobRow(job.value(), state.name().toLowerCase(Locale.ROOT), counts, failure, updatedAt);
    }

    ImportJobRecord toRecord(List<RowRejection> errors) {
        return new ImportJobRecord(
                new ImportJobId(id),
                ImportState.valueOf(state.toUpperCase(Locale.ROOT)),
                counts,
                errors,
                failure,
                updatedAt.toInstant(ZoneOffset.UTC));
    }
}
