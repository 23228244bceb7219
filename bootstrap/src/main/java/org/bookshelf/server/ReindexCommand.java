package org.bookshelf.server;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.bookshelf.adapter.persistence.mariadb.RunningEmbeddedMariaDb;
import org.bookshelf.adapter.persistence.mybatis.BookshelfSchema.RebuildProgress;
import org.bookshelf.adapter.persistence.mybatis.MariaDbStore;
import org.bookshelf.server.BookshelfSettings.Store;

/**
 * {@code java -jar bookshelf.jar reindex}: makes a catalogue whose search words are missing or stale (rows loaded
 * by hand or by {@code LOAD DATA}, a restore from a dump) searchable again, rebuilding the words of every book and
 * author from the rows stored, while a service may run on it. Progress goes to standard error; the last line of
 * standard output is {@code {"books","seconds"}}. Exit status: 0 done, 2 for usage or store errors.
 */
final class ReindexCommand {

    static final String USAGE = """
            usage: java -jar bookshelf.jar reindex
              Rebuilds the search words of every book and author of the configured store.""";

    private final BookshelfSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    ReindexCommand(BookshelfSettings settings, PrintStream out, PrintStream err, boolean terminal) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    int run(List<String> arguments) {
        if (!arguments.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        if (settings.store() == Store.MEMORY) {
            err.println("bookshelf reindex: BOOKSHELF_STORE=memory searches what it holds as it is; nothing to do");
            return 2;
        }
        long started = System.nanoTime();
        long books;
        BarProgress progress = new BarProgress();
        try {
            books = MariaDbStore.rebuildSearchWords(RunningEmbeddedMariaDb.reachable(settings.database()), progress);
        } catch (Exception e) {
            progress.endBar();
            err.println("bookshelf reindex: " + CommandLineStore.describe(e));
            return 2;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "Reindexed %,d books in %.1f s%n", books, seconds);
        out.printf(Locale.ROOT, "{\"books\":%d,\"seconds\":%.3f}%n", books, seconds);
        return 0;
    }

    /** The rebuild's progress as a bar of books on standard error, told from the threads that take its steps. */
    private final class BarProgress implements RebuildProgress {

        private ProgressBar bar;

        @Override
        public synchronized void booksToDo(long books) {
            bar = new ProgressBar(err, terminal, "reindexed", books);
        }

        @Override
        public synchronized void booksDone(long books) {
            bar.show(books);
        }

        @Override
        public synchronized void booksFinished() {
            endBar();
            err.println("Books done; writing the authors' words and building the search indexes");
        }

        /** Ends the bar's line, if it was drawn, so that what follows starts on a line of its own. */
        synchronized void endBar() {
            if (bar != null) {
                bar.finish();
            }
        }
    }
}
