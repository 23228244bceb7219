package org.bookshelf.application.service;

import java.time.Clock;
import java.time.Duration;
import org.bookshelf.application.exception.ImportNotFoundException;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportJobView;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.port.in.GetImportUseCase;
import org.bookshelf.application.port.out.ImportJobsPort;
import org.bookshelf.application.port.out.ImportJobsPort.ImportJobRecord;
import org.bookshelf.application.port.out.UnitOfWork;

record GetImportService(UnitOfWork unitOfWork, ImportJobsPort jobs, Clock clock) implements GetImportUseCase {

    /**
     * How long a running import may go without committing a chunk before it is taken for stopped: a chunk
     * takes seconds at most, so an import silent this long lost its process (a crash, a kill).
     */
    static final Duration SILENCE_OF_A_STOPPED_IMPORT = Duration.ofMinutes(5);

    @Override
    public ImportJobView getImport(ImportJobId importId) {
        ImportJobRecord job =
                unitOfWork.run(() -> jobs.find(importId)).orElseThrow(() -> new ImportNotFoundException(importId));
        boolean stopped = job.state() == ImportState.RUNNING
                && job.updatedAt().plus(SILENCE_OF_A_STOPPED_IMPORT).isBefore(clock.instant());
        return new ImportJobView(
                job.id(),
                stopped ? ImportState.FAILED : job.state(),
                job.counts(),
                job.errors().subList(0, Math.min(job.errors().size(), ImportJobView.ERRORS_SHOWN)),
                stopped
                        ? "the import made no progress since " + job.updatedAt() + ": the process running it has"
                                + " stopped; the rows committed so far stay, and importing the same file again completes it"
                        : job.failure());
    }
}
