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
            LOG.debug("Bookshelf could not start", e);
            System.err.println("Bookshelf could not start: " + describe(e));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            LOG.info("Bookshelf stopped");
        }, "bookshelf-shutdown"));
        System.out.println("Bookshelf is listening on " + server.uri() + " (" + settings.describeStore() + ")");
        server.awaitClose();
    }

    /** The reason at the bottom of the chain, which names what to fix; the whole chain is logged at DEBUG. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
