package org.bookshelf.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bookshelf.adapter.imports.CatalogueFileFormats;
import org.bookshelf.adapter.persistence.mariadb.RunningEmbeddedMariaDb;
import org.bookshelf.application.exception.CatalogueNotEmptyException;
import org.bookshelf.application.exception.UnusableBackupException;
import org.bookshelf.application.model.BackupSummary;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.SnapshotAuthor;
import org.bookshelf.application.model.SnapshotBook;
import org.bookshelf.application.model.SnapshotSink;
import org.bookshelf.application.port.in.BackupFile;
import org.bookshelf.server.BookshelfSettings.Store;

/**
 * {@code java -jar bookshelf.jar restore FILE [--replace]}: gives the configured store back exactly the catalogue a
 * backup holds, ids and versions included, while a service may run on it. FILE is checked whole before anything is
 * written; a catalogue that is not empty is refused unless {@code --replace} is given. Progress goes to standard
 * error; the last line of standard output is {@code {"authors","books","credits","seconds"}}. Exit status: 0
 * restored, 1 refused (the file truncated, altered, of an unknown format or from a newer schema; the catalogue not
 * empty) with nothing changed, 2 for usage, store or I/O errors.
 */
final class RestoreCommand {

    static final String USAGE = """
            usage: java -jar bookshelf.jar restore FILE [--replace]
              Restores the catalogue a backup FILE holds into an empty catalogue, or, with --replace, instead of
              the one there.""";

    private static final String REPLACE = "--replace";

    private final BookshelfSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    RestoreCommand(BookshelfSettings settings, PrintStream out, PrintStream err, boolean terminal) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    int run(List<String> arguments) {
        List<String> files =
                arguments.stream().filter(argument -> !argument.equals(REPLACE)).toList();
        if (files.size() != 1 || files.get(0).startsWith("-") || arguments.size() > 2) {
            err.println(USAGE);
            return 2;
        }
        if (settings.store() == Store.MEMORY) {
            err.println("bookshelf restore: BOOKSHELF_STORE=memory keeps nothing beyond one process; restore into"
                    + " MariaDB");
            return 2;
        }
        Path file = Path.of(files.get(0)).toAbsolutePath();
        if (!Files.isReadable(file)) {
            err.println("bookshelf restore: cannot read " + file);
            return 2;
        }
        long started = System.nanoTime();
        CatalogueSize size;
        try (CommandLineStore store = CommandLineStore.open(RunningEmbeddedMariaDb.reachable(settings.database()))) {
            err.println("Checking " + file + " ...");
            size = store.useCases()
                    .restoreCatalogue()
                    .restore(
                            new Showing(new CatalogueFileFormats().file(() -> Files.newInputStream(file))),
                            arguments.contains(REPLACE));
        } catch (UnusableBackupException | CatalogueNotEmptyException e) {
            err.println("bookshelf restore: refused, nothing was changed: " + e.getMessage()
                    + (e instanceof CatalogueNotEmptyException ? " (" + REPLACE + ")" : ""));
            return 1;
        } catch (RuntimeException e) {
            err.println("bookshelf restore: " + CommandLineStore.describe(e));
            return 2;
        }
        BackupCommand.report(err, out, "Restored %,d authors and %,d books from %s in %.1f s%n", size, file, started);
        return 0;
    }

    /** Shows the rows stored so far, out of those the checked file holds. */
    private final class Showing implements BackupFile {

        private final BackupFile file;
        private long total;

        Showing(BackupFile file) {
            this.file = file;
        }

        @Override
        public BackupSummary verify() {
            BackupSummary summary = file.verify();
            total = summary.size().authors() + summary.size().books();
            return summary;
        }

        @Override
        public void read(SnapshotSink sink) {
            ProgressBar bar = new ProgressBar(err, terminal, "restored", total);
            try {
                file.read(new SnapshotSink() {
                    private long rows;

                    @Override
                    public void author(SnapshotAuthor author) {
                        sink.author(author);
                        bar.show(++rows);
                    }

                    @Override
                    public void book(SnapshotBook book) {
                        sink.book(book);
                        bar.show(++rows);
                    }
                });
            } finally {
                bar.finish();
            }
        }
    }
}
