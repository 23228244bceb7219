package org.bookshelf.server;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bookshelf.adapter.imports.CatalogueFileFormats;
import org.bookshelf.application.exception.UnreadableFileException;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportFormat;
import org.bookshelf.application.model.ImportJobView;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.in.ImportBooksUseCase;
import org.bookshelf.application.port.in.ImportBooksUseCase.ImportProgress;
import org.bookshelf.application.port.in.ImportSource;
import org.bookshelf.application.port.out.FileFormats;
import org.bookshelf.application.port.out.ImportRows;
import org.bookshelf.application.service.BookshelfFiles;
import org.bookshelf.server.BookshelfSettings.Store;

/**
 * {@code java -jar bookshelf.jar import [--format goodreads|jsonl] FILE}: imports a file into the configured
 * store, under the same rules as {@code POST /api/imports} (see {@link ImportBooksUseCase}).
 *
 * <p>Progress and every rejected row (line and reason) go to standard error; the last line of standard output
 * is one JSON object with the counts: {@code {"rows","books_created","authors_created","links_created",
 * "already_present","rejected","seconds"}}. Exit status: 0 when no row was rejected, 1 when some were, 2 for
 * usage or I/O errors (the file unreadable, the store not to be had; what was committed before stays).
 */
final class ImportCommand {

    static final String USAGE = """
            usage: java -jar bookshelf.jar import [--format goodreads|jsonl] FILE
              Imports a Goodreads library export (CSV) or JSON Lines (one book a line) into the store the
              service is configured with: BOOKSHELF_DB_URL, else the embedded database in BOOKSHELF_DATA_DIR,
              which no running service may hold. The format is --format, else told by the file's extension
              (.csv, .jsonl) or its first line.""";

    private static final FileFormats FILE_FORMATS = new CatalogueFileFormats();

    private final BookshelfSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    /** @param terminal whether {@code err} is a terminal, to draw a live progress bar on */
    ImportCommand(BookshelfSettings settings, PrintStream out, PrintStream err, boolean terminal) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Runs {@code arguments} (those after {@code import}) and answers the exit status. */
    int run(List<String> arguments) {
        String formatName = null;
        String fileName = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--format") && i + 1 < arguments.size()) {
                formatName = arguments.get(++i);
            } else if (argument.startsWith("--format=")) {
                formatName = argument.substring("--format=".length());
            } else if (argument.startsWith("-") || fileName != null) {
                return usage();
            } else {
                fileName = argument;
            }
        }
        if (fileName == null) {
            return usage();
        }
        Path file = Path.of(fileName);
        Path name = file.getFileName();
        if (name == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            return refuse("cannot read " + file);
        }
        Optional<ImportFormat> format = formatName != null
                ? ImportFormat.fromLabel(formatName)
                : FILE_FORMATS.detect(name.toString(), firstLine(file));
        if (format.isEmpty()) {
            return formatName != null
                    ? usage()
                    : refuse("cannot tell the format of " + file
                            + "; name it with --format goodreads or --format jsonl");
        }
        if (settings.store() == Store.MEMORY) {
            return refuse("BOOKSHELF_STORE=memory keeps nothing beyond one process; import into MariaDB");
        }
        return importFile(file, format.get());
    }

    private int importFile(Path file, ImportFormat format) {
        long started = System.nanoTime();
        // The file's start is checked before the store is opened, so that a wrong file costs nothing.
        try (ImportRows rows = FILE_FORMATS.open(Files.newInputStream(file), format)) {
            rows.hasNext();
        } catch (UnreadableFileException e) {
            return refuse(file + " is " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return refuse("cannot read " + file + ": " + CommandLineStore.describe(e));
        }
        ImportJobView ended;
        try (CommandLineStore store = CommandLineStore.open(settings.database());
                ImportWorkers workers = new ImportWorkers();
                BookshelfFiles files = new BookshelfFiles(store.drivenPorts(), FILE_FORMATS, workers.executor())) {
            FileSource source = new FileSource(file);
            ProgressBar bar = new ProgressBar(err, terminal, Files.size(file), source::bytesRead);
            ended = files.importBooks()
                    .startImport(format, source, new ImportProgress() {
                        @Override
                        public void committed(ImportCounts soFar) {
                            bar.show(soFar.rows());
                        }

                        @Override
                        public void rejected(RowRejection rejection) {
                            bar.say("line " + rejection.line() + ": " + rejection.message());
                        }
                    })
                    .awaitEnd();
            bar.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return refuse("interrupted; what was committed stays, and importing the same file again completes it");
        } catch (Exception e) {
            return refuse(CommandLineStore.describe(e));
        }
        int status;
        if (ended.state() == ImportState.FAILED) {
            err.println("bookshelf import: stopped before the end of " + file + ": " + ended.failure());
            status = 2;
        } else {
            status = ended.counts().rejected() > 0 ? 1 : 0;
        }
        // Printed once the store is closed, so that nothing is logged after it.
        out.println(summary(ended.counts(), (System.nanoTime() - started) / 1e9));
        return status;
    }

    private static String summary(ImportCounts counts, double seconds) {
        return String.format(
                Locale.ROOT,
                "{\"rows\":%d,\"books_created\":%d,\"authors_created\":%d,\"links_created\":%d,"
                        + "\"already_present\":%d,\"rejected\":%d,\"seconds\":%.3f}",
                counts.rows(),
                counts.booksCreated(),
                counts.authorsCreated(),
                counts.linksCreated(),
                counts.alreadyPresent(),
                counts.rejected(),
                seconds);
    }

    /** The file's first line, or an empty one when it cannot be read as text. */
    private static String firstLine(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private int refuse(String reason) {
        err.println("bookshelf import: " + reason);
        return 2;
    }

    private int usage() {
        err.println(USAGE);
        return 2;
    }

    /** The file to import, its bytes counted as they are read, for the progress bar. */
    private static final class FileSource implements ImportSource {

        private final Path file;
        private volatile CountingInputStream in;

        FileSource(Path file) {
            this.file = file;
        }

        @Override
        public InputStream open() throws IOException {
            in = new CountingInputStream(Files.newInputStream(file));
            return in;
        }

        long bytesRead() {
            CountingInputStream counting = in;
            return counting == null ? 0 : counting.count();
        }
    }

    /** Counts the bytes read, for the progress bar; read on the import's reading thread only. */
    private static final class CountingInputStream extends FilterInputStream {

        private final AtomicLong count = new AtomicLong();

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count.get();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count.addAndGet(read);
            }
            return read;
        }
    }
}
