package org.bookshelf.application.service;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.bookshelf.application.port.in.ExportBooksUseCase;
import org.bookshelf.application.port.in.ImportBooksUseCase;
import org.bookshelf.application.port.out.FileFormats;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/**
 * Builds the use cases that read and write the catalogue's files, imports and exports, on the store's driven
 * ports, the file formats, and the threads imports run on. One per instance of the service: it keeps the imports
 * running on it. {@link #close} when the service stops, before shutting the executor down: running imports end
 * after the chunks they have read ({@code FAILED}, everything committed kept) and new ones are refused.
 */
public final class BookshelfFiles implements AutoCloseable {

    private final ImportBooksService importBooks;
    private final ExportBooksUseCase exportBooks;

    /**
     * @param importWorkers runs imports, two threads each (one stores, one reads ahead): give it threads enough
     *                      for {@value ImportBooksUseCase#MAX_RUNNING} imports, or as many as it is asked for
     */
    public BookshelfFiles(DrivenPorts ports, FileFormats fileFormats, Executor importWorkers) {
        this(ports, fileFormats, importWorkers, Clock.systemUTC());
    }

    /** As the other constructor, telling the time of imports by {@code clock}. */
    public BookshelfFiles(DrivenPorts ports, FileFormats fileFormats, Executor importWorkers, Clock clock) {
        importBooks = new ImportBooksService(
                ports.unitOfWork(), ports.bulkCatalogue(), ports.importJobs(), fileFormats, importWorkers, clock);
        exportBooks = new ExportBooksService(ports.unitOfWork(), ports.reads(), fileFormats);
    }

    public ImportBooksUseCase importBooks() {
        return importBooks;
    }

    public ExportBooksUseCase exportBooks() {
        return exportBooks;
    }

    @Override
    public void close() {
        importBooks.stop();
    }
}
