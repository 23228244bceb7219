package org.bookshelf.adapter.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobView;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.in.ImportBooksUseCase;
import org.bookshelf.application.port.in.ImportBooksUseCase.ImportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the imports started over HTTP do, measured on the registry: {@code bookshelf_imports_running} (a gauge of
 * the imports running on this instance), {@code bookshelf_imports_total} by the {@code state} each ended in
 * ({@code done} or {@code failed}), {@code bookshelf_import_rows_total} (rows read, rejected ones included) and
 * {@code bookshelf_import_rows_rejected_total}. An import that fails is logged.
 */
final class ImportMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(ImportMetrics.class);

    private final Counter done;
    private final Counter failed;
    private final Counter rowsRead;
    private final Counter rowsRejected;

    ImportMetrics(ImportBooksUseCase imports, MeterRegistry registry) {
        Gauge.builder("bookshelf.imports.running", imports, ImportBooksUseCase::running)
                .description("Imports running on this instance")
                .register(registry);
        done = importsEnded(registry, "done");
        failed = importsEnded(registry, "failed");
        rowsRead = Counter.builder("bookshelf.import.rows")
                .description("Rows imports have read, rejected ones included")
                .register(registry);
        rowsRejected = Counter.builder("bookshelf.import.rows.rejected")
                .description("Rows imports have rejected")
                .register(registry);
    }

    private static Counter importsEnded(MeterRegistry registry, String state) {
        return Counter.builder("bookshelf.imports")
                .description("Imports run on this instance, by how they ended")
                .tag("state", state)
                .register(registry);
    }

    /** Measures one import: its rows as its chunks are committed, and how it ended. */
    ImportProgress measured() {
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

            @Override
            public void ended(ImportJobView job, RuntimeException failure) {
                if (failure == null) {
                    done.increment();
                } else {
                    failed.increment();
                    LOG.warn("Import {} stopped before the end: {}", job.id(), job.failure(), failure);
                }
            }
        };
    }
}
