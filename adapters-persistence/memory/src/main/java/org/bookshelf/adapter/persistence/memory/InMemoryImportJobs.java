package org.bookshelf.adapter.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.out.ImportJobsPort;

/** Imports' state on a map in memory, changed inside units of work like the catalogue it counts. */
final class InMemoryImportJobs implements ImportJobsPort {

    private final InMemoryUnitOfWork unitOfWork;
    private final AtomicLong lastId = new AtomicLong();
    private final Map<ImportJobId, ImportJobRecord> jobs = new HashMap<>();

    InMemoryImportJobs(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ImportJobId begin(Instant at) {
        return unitOfWork.run(() -> {
            ImportJobId id = new ImportJobId(lastId.incrementAndGet());
            unitOfWork.write(
                    jobs, id, new ImportJobRecord(id, ImportState.RUNNING, ImportCounts.NONE, List.of(), null, at));
            return id;
        });
    }

    @Override
    public void update(ImportJobId job, Progress progress, Instant at) {
        unitOfWork.run(() -> {
            ImportJobRecord kept = jobs.get(job);
            if (kept == null) {
                throw new IllegalStateException("import " + job + " was never begun");
            }
            List<RowRejection> errors = new ArrayList<>(kept.errors());
            errors.addAll(progress.newErrors());
            unitOfWork.write(
                    jobs,
                    job,
                    new ImportJobRecord(job, progress.state(), progress.counts(), errors, progress.failure(), at));
            return null;
        });
    }

    @Override
    public Optional<ImportJobRecord> find(ImportJobId job) {
        return unitOfWork.read(() -> Optional.ofNullable(jobs.get(job)));
    }
}
