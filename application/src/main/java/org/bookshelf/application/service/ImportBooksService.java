package org.bookshelf.application.service;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import org.bookshelf.application.exception.ConcurrentChangeException;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.ImportsBusyException;
import org.bookshelf.application.exception.StoreUnavailableException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportFormat;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportJobView;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.in.ImportBooksUseCase;
import org.bookshelf.application.port.in.ImportSource;
import org.bookshelf.application.port.out.BulkCatalogue;
import org.bookshelf.application.port.out.FileFormats;
import org.bookshelf.application.port.out.ImportJobsPort;
import org.bookshelf.application.port.out.ImportJobsPort.Progress;
import org.bookshelf.application.port.out.ImportRows;
import org.bookshelf.application.port.out.UnitOfWork;

/**
 * Imports {@value #CHUNK_ROWS} rows per unit of work: the chunk's books, their new authors and the job's
 * counts are committed together, so the counts kept always tell what is stored. While one chunk is stored,
 * the next is read and checked on a thread of its own ({@link ChunkReader}), so reading the file and storing
 * overlap. Memory holds at most three chunks, whatever the size of the file. Each import takes two threads of
 * the executor it is given: one stores, one reads ahead.
 *
 * <p>The chunk is matched against the store inside the unit of work that stores it. When a concurrent
 * writer registers one of its ISBNs, or deletes an author it matched, between the match and the insert, the
 * insert fails and the chunk is matched and stored again, up to {@value #CHUNK_ATTEMPTS} times in all.
 *
 * <p>{@link #stop} (the service stopping) ends running imports after the chunks they have read, {@code FAILED}
 * with everything committed kept, and refuses new ones.
 */
final class ImportBooksService implements ImportBooksUseCase {

    static final int CHUNK_ROWS = 10_000;
    static final int CHUNK_ATTEMPTS = 3;

    private static final String TO_COMPLETE = "; the rows committed so far stay, and importing the same file again"
            + " completes the import (they count as already present)";

    private final UnitOfWork unitOfWork;
    private final BulkCatalogue bulk;
    private final ImportJobsPort jobs;
    private final FileFormats fileFormats;
    private final Executor workers;
    private final Clock clock;
    private final Semaphore slots = new Semaphore(MAX_RUNNING);
    private volatile boolean stopping;

    ImportBooksService(
            UnitOfWork unitOfWork,
            BulkCatalogue bulk,
            ImportJobsPort jobs,
            FileFormats fileFormats,
            Executor workers,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.bulk = bulk;
        this.jobs = jobs;
        this.fileFormats = fileFormats;
        this.workers = workers;
        this.clock = clock;
    }

    @Override
    public RunningImport startImport(ImportFormat format, ImportSource source, ImportProgress progress) {
        if (stopping || !slots.tryAcquire()) {
            throw new ImportsBusyException(MAX_RUNNING);
        }
        ImportRows rows = null;
        try {
            rows = fileFormats.open(source.open(), format);
            ImportJobId job = unitOfWork.run(() -> jobs.begin(clock.instant()));
            Running running = new Running(job);
            ImportRows opened = rows;
            workers.execute(() -> run(running, opened, source, progress));
            return running;
        } catch (IOException e) {
            release(rows, source);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            release(rows, source);
            throw e;
        }
    }

    @Override
    public int running() {
        return MAX_RUNNING - slots.availablePermits();
    }

    /** Ends running imports after the chunks they have read, and refuses new ones. */
    void stop() {
        stopping = true;
    }

    private void run(Running running, ImportRows rows, ImportSource source, ImportProgress progress) {
        ImportJobView ended;
        RuntimeException failure = null;
        try {
            ended = importBooks(running.id(), untilStopping(rows), progress);
        } catch (FailedImport failed) {
            ended = failed.job;
            failure = failed.stoppedBy;
        } finally {
            release(rows, source);
        }
        try {
            progress.ended(ended, failure);
        } finally {
            running.end(ended);
        }
    }

    private void release(ImportRows rows, ImportSource source) {
        try {
            if (rows != null) {
                rows.close();
            }
            source.release();
        } finally {
            slots.release();
        }
    }

    /** The rows, until the service starts stopping: then the import ends as a file that could not be read on. */
    private Iterator<ImportRow> untilStopping(Iterator<ImportRow> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (stopping) {
                    throw new UncheckedIOException(new InterruptedIOException("the service stopped"));
                }
                return rows.hasNext();
            }

            @Override
            public ImportRow next() {
                return rows.next();
            }
        };
    }

    /**
     * Imports the rows chunk after chunk and ends the job {@code DONE}; or {@code FAILED} when the rows cannot
     * be read to the end or the store fails.
     *
     * @throws FailedImport what stopped it, with the job as it ended
     */
    private ImportJobView importBooks(ImportJobId job, Iterator<ImportRow> rows, ImportProgress progress) {
        Tally tally = new Tally();
        try {
            try (ChunkReader chunks = new ChunkReader(rows, CHUNK_ROWS, workers)) {
                for (ImportChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    commit(job, chunk, tally, progress);
                }
            }
            unitOfWork.run(() -> {
                jobs.update(job, Progress.done(tally.counts), clock.instant());
                return null;
            });
            return new ImportJobView(job, ImportState.DONE, tally.counts, tally.errorsShown, null);
        } catch (RuntimeException failure) {
            String reason = reason(failure);
            try {
                unitOfWork.run(() -> {
                    jobs.update(job, Progress.failed(tally.counts, reason), clock.instant());
                    return null;
                });
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw new FailedImport(
                    new ImportJobView(job, ImportState.FAILED, tally.counts, tally.errorsShown, reason), failure);
        }
    }

    private void commit(ImportJobId job, ImportChunk chunk, Tally tally, ImportProgress progress) {
        List<RowRejection> errorsToKeep = tally.errorsToKeep(chunk.rejections());
        ImportChunk.Plan stored = null;
        for (int attempt = 1; stored == null; attempt++) {
            try {
                stored = unitOfWork.run(() -> {
                    ImportChunk.Plan plan = chunk.plan(bulk);
                    bulk.insertAuthors(plan.newAuthors());
                    bulk.insertBooks(plan.newBooks());
                    jobs.update(job, Progress.running(tally.counts.plus(plan.counts()), errorsToKeep), clock.instant());
                    return plan;
                });
            } catch (DuplicateIsbnException | UnknownAuthorsException concurrentChange) {
                if (attempt == CHUNK_ATTEMPTS) {
                    throw new ConcurrentChangeException(
                            "concurrent changes to the same books or authors kept"
                                    + " colliding with the chunk starting at line " + chunk.firstLine(),
                            concurrentChange);
                }
            }
        }
        tally.counts = tally.counts.plus(stored.counts());
        tally.errorsShown.addAll(errorsToKeep);
        chunk.rejections().forEach(progress::rejected);
        progress.committed(tally.counts);
    }

    /** Why the import stopped, in words for its caller: never a stack trace or SQL. */
    private static String reason(RuntimeException failure) {
        if (failure instanceof UncheckedIOException unreadable) {
            return "the file could not be read to the end ("
                    + unreadable.getCause().getMessage() + ")" + TO_COMPLETE;
        }
        if (failure instanceof StoreUnavailableException) {
            return "the catalogue's store stopped answering" + TO_COMPLETE;
        }
        if (failure instanceof ConcurrentChangeException) {
            return failure.getMessage() + TO_COMPLETE;
        }
        return "an unexpected failure stopped the import" + TO_COMPLETE;
    }

    /** An import that stopped before the end: the job as it ended, and what stopped it. */
    private static final class FailedImport extends RuntimeException {

        private final transient ImportJobView job;
        private final RuntimeException stoppedBy;

        FailedImport(ImportJobView job, RuntimeException stoppedBy) {
            super(stoppedBy);
            this.job = job;
            this.stoppedBy = stoppedBy;
        }
    }

    /** An import begun, whose end its callers may wait for. */
    private static final class Running implements RunningImport {

        private final ImportJobId id;
        private final CountDownLatch ended = new CountDownLatch(1);
        private volatile ImportJobView end;

        Running(ImportJobId id) {
            this.id = id;
        }

        @Override
        public ImportJobId id() {
            return id;
        }

        @Override
        public ImportJobView awaitEnd() throws InterruptedException {
            ended.await();
            return end;
        }

        void end(ImportJobView job) {
            end = job;
            ended.countDown();
        }
    }

    /** What the chunks committed so far add up to. */
    private static final class Tally {

        private ImportCounts counts = ImportCounts.NONE;
        private final List<RowRejection> errorsShown = new ArrayList<>();

        /** Those of {@code rejections} still within the errors an import keeps. */
        List<RowRejection> errorsToKeep(List<RowRejection> rejections) {
            int room = Math.max(0, ImportJobView.ERRORS_SHOWN - errorsShown.size());
            return List.copyOf(rejections.subList(0, Math.min(room, rejections.size())));
        }
    }
}
