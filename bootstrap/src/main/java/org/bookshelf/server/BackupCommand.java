package org.bookshelf.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bookshelf.adapter.imports.CatalogueFileFormats;
import org.bookshelf.adapter.persistence.mariadb.RunningEmbeddedMariaDb;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.SnapshotAuthor;
import org.bookshelf.application.model.SnapshotBook;
import org.bookshelf.application.port.in.BackupWriter;
import org.bookshelf.server.BookshelfSettings.Store;

/**
 * {@code java -jar bookshelf.jar backup FILE}: writes the whole catalogue of the configured store, as it was at one
 * instant, to FILE in the backup format (gzip-compressed when FILE ends in {@code .gz}), while a service may run on
 * it: the embedded server a service holds is reached through its socket. The file appears whole or not at all
 * (written beside it, then moved). Progress goes to standard error; the last line of standard output is
 * {@code {"authors","books","credits","seconds"}}. Exit status: 0 done, 2 for usage, store or I/O errors.
 */
final class BackupCommand {

    static final String USAGE = """
            usage: java -jar bookshelf.jar backup FILE
              Writes the whole catalogue, as it is at one instant, to FILE (gzip-compressed when it ends in .gz).""";

    private final BookshelfSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    BackupCommand(BookshelfSettings settings, PrintStream out, PrintStream err, boolean terminal) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    int run(List<String> arguments) {
        if (arguments.size() != 1 || arguments.get(0).startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        if (settings.store() == Store.MEMORY) {
            err.println("bookshelf backup: BOOKSHELF_STORE=memory holds nothing outside a running service;"
                    + " ask it with GET /api/backup");
            return 2;
        }
        Path file = Path.of(arguments.get(0)).toAbsolutePath();
        Path name = file.getFileName();
        if (name == null) {
            err.println("bookshelf backup: " + file + " is a directory, not a file to write");
            return 2;
        }
        Path partial = file.resolveSibling(name + ".partial");
        long started = System.nanoTime();
        CatalogueSize size;
        try (CommandLineStore store = CommandLineStore.open(RunningEmbeddedMariaDb.reachable(settings.database()))) {
            CatalogueSize before = store.useCases().countCatalogue().countCatalogue();
            ProgressBar bar = new ProgressBar(err, terminal, "backed up", before.authors() + before.books());
            try (OutputStream bytes = Files.newOutputStream(partial)) {
                boolean gzip = name.toString().endsWith(".gz");
                BackupWriter writer = new CatalogueFileFormats().writer(bytes, gzip);
                size = store.useCases().backupCatalogue().backup(new Counting(writer, bar));
            } finally {
                bar.finish();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            err.println("bookshelf backup: " + CommandLineStore.describe(e));
            return 2;
        }
        report(err, out, "Backed up %,d authors and %,d books to %s in %.1f s%n", size, file, started);
        return 0;
    }

    /**
     * Tells a person on {@code err} what a backup or a restore did ({@code sentence} takes the authors, the books, the
     * file and the seconds), and a script on {@code out} the same as one JSON object.
     */
    static void report(PrintStream err, PrintStream out, String sentence, CatalogueSize size, Path file, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, sentence, size.authors(), size.books(), file, seconds);
        out.printf(
                Locale.ROOT,
                "{\"authors\":%d,\"books\":%d,\"credits\":%d,\"seconds\":%.3f}%n",
                size.authors(),
                size.books(),
                size.credits(),
                seconds);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do: the backup failed already
        }
    }

    /** Shows the rows written so far. */
    private static final class Counting implements BackupWriter {

        private final BackupWriter writer;
        private final ProgressBar bar;
        private long rows;

        Counting(BackupWriter writer, ProgressBar bar) {
            this.writer = writer;
            this.bar = bar;
        }

        @Override
        public void begin(Instant takenAt, String schema) {
            writer.begin(takenAt, schema);
        }

        @Override
        public void author(SnapshotAuthor author) {
            writer.author(author);
            bar.show(++rows);
        }

        @Override
        public void book(SnapshotBook book) {
            writer.book(book);
            bar.show(++rows);
        }

        @Override
        public CatalogueSize end() {
            return writer.end();
        }
    }
}
