package org.bookshelf.server;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how far a long command has come, on standard error: on a terminal, a bar redrawn in place with the
 * rows done, rows per second and the time left (told from the bytes of the file read so far); elsewhere (a
 * log, a pipe) one line every {@value #LINE_EVERY_SECONDS} seconds.
 */
final class ProgressBar {

    static final int LINE_EVERY_SECONDS = 5;

    private static final int WIDTH = 30;
    private static final long REDRAW_EVERY_NANOS = Duration.ofMillis(200).toNanos();

    private final PrintStream err;
    private final boolean terminal;
    private final String done;
    private final long total;
    private final LongSupplier soFar;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private boolean drawn;

    /**
     * @param terminal  whether {@code err} is a terminal (a bar), or not (lines)
     * @param bytesRead how many bytes of the {@code totalBytes} of the file have been read
     */
    ProgressBar(PrintStream err, boolean terminal, long totalBytes, LongSupplier bytesRead) {
        this(err, terminal, "imported", totalBytes, bytesRead);
    }

    /**
     * A bar of rows out of {@code totalRows}, telling in lines the rows as {@code done} ("restored").
     *
     * @param terminal whether {@code err} is a terminal (a bar), or not (lines)
     */
    ProgressBar(PrintStream err, boolean terminal, String done, long totalRows) {
        this(err, terminal, done, totalRows, null);
    }

    private ProgressBar(PrintStream err, boolean terminal, String done, long total, LongSupplier soFar) {
        this.err = err;
        this.terminal = terminal;
        this.done = done;
        this.total = total;
        this.soFar = soFar;
    }

    /** Shows {@code rows} done, when it is time to. */
    void show(long rows) {
        long now = System.nanoTime();
        if (now - lastShown
                < (terminal
                        ? REDRAW_EVERY_NANOS
                        : Duration.ofSeconds(LINE_EVERY_SECONDS).toNanos())) {
            return;
        }
        lastShown = now;
        String progress = describe(rows, now);
        if (terminal) {
            err.print("\r" + progress + "   ");
            drawn = true;
        } else {
            err.println(progress);
        }
        err.flush();
    }

    /** Ends the bar's line, so that what follows starts on a line of its own. */
    void finish() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }

    /** Anything else to say on standard error, on a line of its own even while the bar is drawn. */
    void say(String line) {
        if (drawn) {
            err.print("\r\033[K");
        }
        err.println(line);
        drawn = false;
    }

    private String describe(long rows, long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double fraction = total <= 0 ? 0 : Math.min(1, (double) (soFar == null ? rows : soFar.getAsLong()) / total);
        long rate = Math.round(rows / seconds);
        String left = fraction <= 0 ? "?" : clock(Math.round(seconds * (1 - fraction) / fraction));
        if (!terminal) {
            return String.format(
                    Locale.ROOT,
                    "%s %,d rows (%d%%), %,d rows/s, about %s left",
                    done,
                    rows,
                    Math.round(fraction * 100),
                    rate,
                    left);
        }
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(
                Locale.ROOT,
                "[%s%s] %3d%%  %,d rows  %,d rows/s  ETA %s",
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                Math.round(fraction * 100),
                rows,
                rate,
                left);
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
