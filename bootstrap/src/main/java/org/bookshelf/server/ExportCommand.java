package org.bookshelf.server;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.bookshelf.adapter.imports.CatalogueFileFormats;
import org.bookshelf.application.service.BookshelfFiles;
import org.bookshelf.server.BookshelfSettings.Store;

/**
 * {@code java -jar bookshelf.jar export FILE}: writes every book of the configured store to FILE as JSON Lines,
 * as {@code GET /api/exports/books.jsonl} does; {@code import FILE} reads it back as it is. The file appears
 * whole or not at all (written beside it, then moved). The last line of standard output is
 * {@code {"books","seconds"}}. Exit status: 0 done, 2 for usage or I/O errors.
 */
record ExportCommand(BookshelfSettings settings, PrintStream out, PrintStream err) {

    static final String USAGE = """
            usage: java -jar bookshelf.jar export FILE
              Writes every book of the configured store to FILE, one JSON object a line.""";

    /** An export runs no import, so it needs no threads for them. */
    private static final Executor NO_IMPORTS = work -> {
        throw new RejectedExecutionException("the export command runs no import");
    };

    int run(List<String> arguments) {
        if (arguments.size() != 1 || arguments.get(0).startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        if (settings.store() == Store.MEMORY) {
            err.println("bookshelf export: BOOKSHELF_STORE=memory holds nothing outside a running service");
            return 2;
        }
        Path file = Path.of(arguments.get(0)).toAbsolutePath();
        long started = System.nanoTime();
        long books;
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (CommandLineStore store = CommandLineStore.open(settings.database())) {
            BookshelfFiles files = new BookshelfFiles(store.drivenPorts(), new CatalogueFileFormats(), NO_IMPORTS);
            try (OutputStream lines = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                books = files.exportBooks().exportBooks(lines);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            err.println("bookshelf export: " + CommandLineStore.describe(e));
            return 2;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "Exported %,d books to %s in %.1f s%n", books, file, seconds);
        out.printf(Locale.ROOT, "{\"books\":%d,\"seconds\":%.3f}%n", books, seconds);
        return 0;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do: the export failed already
        }
    }
}
