package org.bookshelf.adapter.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bookshelf.adapter.imports.ImportFiles;
import org.bookshelf.adapter.imports.ImportFormat;
import org.bookshelf.adapter.imports.ImportRows;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.in.ImportBooksUseCase;
import org.bookshelf.application.port.in.ImportBooksUseCase.ImportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Runs imports after their request has ended. The body is first copied to a temporary file as it arrives
 * (never held in memory), its first line checked, and the import begun; then the request is answered and
 * the rows are read from the file and imported on a thread of their own. The file is deleted when the
 * import ends.
 *
 * <p>At most {@value #MAX_RUNNING} imports run at once on an instance; another is refused before its body is
 * read. What they do is measured on the registry: {@code bookshelf_imports_running} (a gauge),
 * {@code bookshelf_imports_total} by the {@code state} each ended in ({@code done} or {@code failed}),
 * {@code bookshelf_import_rows_total} (rows read, rejected ones included) and
 * {@code bookshelf_import_rows_rejected_total}. When the service stops, running imports stop after the chunks they have read (two at most) and end failed, with
 * everything committed kept (importing the same file again completes them).
 */
final class BackgroundImports implements DisposableBean {

    static final int MAX_RUNNING = 2;

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundImports.class);
    private static final long STOP_WAIT_SECONDS = 20;

    private final ImportBooksUseCase imports;
    private final Semaphore slots = new Semaphore(MAX_RUNNING);
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "bookshelf-import-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Counter done;
    private final Counter failed;
    private final Counter rowsRead;
    private final Counter rowsRejected;
    private volatile boolean stopping;

    BackgroundImports(ImportBooksUseCase imports, MeterRegistry registry) {
        this.imports = imports;
        Gauge.builder("bookshelf.imports.running", slots, free -> MAX_RUNNING - free.availablePermits())
                .description("Imports running on this instance").register(registry);
        done = importsEnded(registry, "done");
        failed = importsEnded(registry, "failed");
        rowsRead = Counter.builder("bookshelf.import.rows").description("Rows imports have read, rejected ones included")
                .register(registry);
        rowsRejected = Counter.builder("bookshelf.import.rows.rejected").description("Rows imports have rejected")
                .register(registry);
    }

    private static Counter importsEnded(MeterRegistry registry, String state) {
        return Counter.builder("bookshelf.imports").description("Imports run on this instance, by how they ended")
                .tag("state", state).register(registry);
    }

    /**
     * Copies {@code body} to a temporary file, checks that it starts as {@code format} does, begins the import
     * and runs it in the background.
     *
     * @throws ImportsBusyException when {@value #MAX_RUNNING} imports run already; the body is not read
     * @throws org.bookshelf.adapter.imports.UnreadableFileException when the file is not in {@code format}
     * @throws ContentTooLargeException when the body is larger than imports take
     */
    ImportJobId start(InputStream body, ImportFormat format) throws IOException {
        if (stopping || !slots.tryAcquire()) {
            throw new ImportsBusyException(MAX_RUNNING);
        }
        Path file = null;
        ImportRows rows = null;
        try {
            file = Files.createTempFile("bookshelf-import-", "." + format.label());
            try (OutputStream copy = Files.newOutputStream(file)) {
                body.transferTo(copy);
            }
            rows = ImportFiles.open(Files.newInputStream(file), format);
            ImportJobId job = imports.beginImport();
            ImportRows opened = rows;
            Path spooled = file;
            workers.execute(() -> run(job, opened, spooled));
            return job;
        } catch (IOException | RuntimeException | Error e) {
            if (rows != null) {
                rows.close();
            }
            deleteQuietly(file);
            slots.release();
            throw e;
        }
    }

    private void run(ImportJobId job, ImportRows rows, Path file) {
        try (rows) {
            imports.importBooks(job, untilStopping(rows), measured());
            done.increment();
        } catch (RuntimeException e) {
            failed.increment();
            LOG.warn("Import {} stopped before the end", job, e);
        } finally {
            deleteQuietly(file);
            slots.release();
        }
    }

    /** Counts the rows of one import as its chunks are committed. */
    private ImportProgress measured() {
        return new ImportProgress() {
            private long counted;

            @Override
            public void committed(ImportCounts soFar) {
                rowsRead.increment(soFar.rows() - counted);
                counted = soFar.rows();
            }

            @Override
            public void rejected(RowRejection rejection) {
                rowsRejected.increment();
            }
        };
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

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        workers.shutdown();
        if (!workers.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            LOG.warn("Imports still running {} s after the service began to stop", STOP_WAIT_SECONDS);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the import file {}", file, e);
        }
    }
}
