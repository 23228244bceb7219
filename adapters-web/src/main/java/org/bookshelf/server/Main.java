package org.bookshelf.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Bookshelf from the command line: {@code java -jar bookshelf.jar}, configured by environment
 * variables (see {@link BookshelfSettings}). Prints one line with the URL once it takes requests, and
 * shuts down gracefully on SIGTERM or Ctrl-C.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        JulToSlf4j.install();
        BookshelfSettings settings;
        try {
            settings = BookshelfSettings.fromEnvironment();
        } catch (IllegalArgumentException e) {
            System.err.println("Bookshelf cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        BookshelfServer server;
        try {
            server = BookshelfServer.start(settings);
        } catch (RuntimeException e) {
            LOG.error("Bookshelf could not start", e);
            System.err.println("Bookshelf could not start: " + describe(e));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            LOG.info("Bookshelf stopped");
        }, "bookshelf-shutdown"));
        System.out.println("Bookshelf is listening on " + server.uri() + " (store: " + settings.store().label() + ")");
        server.awaitClose();
    }

    private static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return String.valueOf(failure.getMessage());
    }
}
