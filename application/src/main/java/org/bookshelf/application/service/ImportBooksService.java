package org.bookshelf.application.service;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bookshelf.application.exception.ConcurrentChangeException;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.StoreUnavailableException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportJobView;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.in.ImportBooksUseCase;
import org.bookshelf.application.port.out.BulkCatalogue;
import org.bookshelf.application.port.out.ImportJobsPort;
import org.bookshelf.application.port.out.UnitOfWork;

/**
 * Imports {@value #CHUNK_ROWS} rows per unit of work: the chunk's books, their new authors and the job's
 * counts are committed together, so the counts kept always tell what is stored. While one chunk is stored,
 * the next is read and checked on a thread of its own ({@link ChunkReader}), so reading the file and storing
 * overlap. Memory holds at most three chunks, whatever the size of the file.
 *
 * <p>The chunk is matched against the store inside the unit of work that stores it. When a concurrent
 * writer registers one of its ISBNs, or deletes an author it matched, between the match and the insert, the
 * insert fails and the chunk is matched and stored again, up to {@value #CHUNK_ATTEMPTS} times in all.
 */
final class ImportBooksService implements ImportBooksUseCase {

    static final int CHUNK_ROWS = 10_000;
    static final int CHUNK_ATTEMPTS = 3;

    private static final String TO_COMPLETE = "; the rows committed so far stay, and importing the same file again"
            + " completes the import (they count as already present)";

    private final UnitOfWork unitOfWork;
    private final BulkCatalogue bulk;
    private final ImportJobsPort jobs;
    private final Clock clock;

    ImportBooksService(UnitOfWork unitOfWork, BulkCatalogue bulk, ImportJobsPort jobs,
            Clock clock) {
        this.unitOfWork = unitOfWork;
        this.bulk = bulk;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public ImportJobId beginImport() {
        return unitOfWork.run(() -> jobs.begin(clock.instant()));
    }

    @Override
    public ImportJobView importBooks(ImportJobId job, Iterator<ImportRow> rows, ImportProgress progress) {
        Tally tally = new Tally();
        try {
            try (ChunkReader chunks = new ChunkReader(rows, CHUNK_ROWS)) {
                for (ImportChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    commit(job, chunk, tally, progress);
                }
            }
            unitOfWork.run(() -> {
                jobs.update(job, ImportState.DONE, tally.counts, List.of(), null, clock.instant());
                return null;
            });
            return new ImportJobView(job, ImportState.DONE, tally.counts, tally.errorsShown, null);
        } catch (RuntimeException failure) {
            try {
                unitOfWork.run(() -> {
                    jobs.update(job, ImportState.FAILED, tally.counts, List.of(), reason(failure), clock.instant());
                    return null;
                });
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
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
                    jobs.update(job, ImportState.RUNNING, tally.counts.plus(plan.counts()), errorsToKeep, null,
                            clock.instant());
                    return plan;
                });
            } catch (DuplicateIsbnException | UnknownAuthorsException concurrentChange) {
                if (attempt == CHUNK_ATTEMPTS) {
                    throw new ConcurrentChangeException("concurrent changes to the same books or authors kept"
                            + " colliding with the chunk starting at line " + chunk.firstLine(), concurrentChange);
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
            return "the file could not be read to the end (" + unreadable.getCause().getMessage() + ")" + TO_COMPLETE;
        }
        if (failure instanceof StoreUnavailableException) {
            return "the catalogue's store stopped answering" + TO_COMPLETE;
        }
        if (failure instanceof ConcurrentChangeException) {
            return failure.getMessage() + TO_COMPLETE;
        }
        return "an unexpected failure stopped the import" + TO_COMPLETE;
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
