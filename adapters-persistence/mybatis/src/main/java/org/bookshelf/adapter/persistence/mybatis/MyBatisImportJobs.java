package org.bookshelf.adapter.persistence.mybatis;

import java.time.Instant;
import java.util.Optional;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.port.out.ImportJobsPort;
import org.bookshelf.application.port.out.UnitOfWork;

/**
 * Imports in {@code import_jobs}, their first rejected rows in {@code import_job_errors}. Each call runs in
 * the caller's unit of work, or in one of its own when called outside any.
 */
record MyBatisImportJobs(UnitOfWork unitOfWork, ImportJobMapper jobs) implements ImportJobsPort {

    @Override
    public ImportJobId begin(Instant at) {
        return unitOfWork.run(() -> {
            ImportJobId id = new ImportJobId(jobs.nextId());
            jobs.insert(
                    ImportJobRow.of(id, ImportState.RUNNING, ImportCounts.NONE, null, IdempotencyRecordRow.utc(at)));
            return id;
        });
    }

    @Override
    public void update(ImportJobId job, Progress progress, Instant at) {
        unitOfWork.run(() -> {
            ImportJobRow row = ImportJobRow.of(
                    job, progress.state(), progress.counts(), progress.failure(), IdempotencyRecordRow.utc(at));
            if (jobs.update(row) == 0) {
                throw new IllegalStateException("import " + job + " was never begun");
            }
            if (!progress.newErrors().isEmpty()) {
                jobs.insertErrors(job.value(), progress.newErrors());
            }
            return null;
        });
    }

    @Override
    public Optional<ImportJobRecord> find(ImportJobId job) {
        return unitOfWork.run(
                () -> Optional.ofNullable(jobs.find(job.value())).map(row -> row.toRecord(jobs.errorsOf(job.value()))));
    }
}
