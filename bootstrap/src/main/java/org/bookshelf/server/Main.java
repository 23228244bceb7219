package org.bookshelf.server;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Bookshelf from the command line: {@code java -jar bookshelf.jar}, configured by environment
 * variables (see {@link BookshelfSettings}). Prints one line with the URL once it takes requests (and, on
 * the first start, where the first admin token is), and shuts down gracefully on SIGTERM or Ctrl-C.
 * {@code java -jar bookshelf.jar token …} manages the API tokens instead (see {@link TokenCommand}), and
 * {@code import …} and {@code export …} move many books in and out ({@link ImportCommand}, {@link ExportCommand}),
 * and {@code backup …} and {@code restore …} save and give back the whole catalogue ({@link BackupCommand},
 * {@link RestoreCommand}).
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        JulToSlf4j.install();
        if (args.length > 0) {
            System.exit(runCommand(List.of(args)));
            return;
        }
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
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            LOG.info("Bookshelf stopped");
                        },
                        "bookshelf-shutdown"));
        System.out.println("Bookshelf is listening on " + server.uri() + " (" + settings.describeStore() + ")"
                + server.firstAdminToken()
                        .map(file -> "; the first admin token is in " + file)
                        .orElse(""));
        server.awaitClose();
    }

    /**
     * {@code token …}: the tokens, managed without starting the service; {@code import …} and {@code export …}:
     * many books in and out of the configured store, which no running service may hold when it is embedded;
     * {@code backup …} and {@code restore …}: the whole catalogue, beside a running service or without one;
     * {@code reindex}: the search words of rows stored behind the service's back; {@code migrate}: the schema, for
     * services that only check it.
     */
    private static int runCommand(List<String> args) {
        String command = args.get(0);
        if (List.of("import", "export", "backup", "restore", "reindex", "migrate")
                .contains(command)) {
            LogsOnStandardError.install();
            BookshelfSettings settings;
            try {
                settings = BookshelfSettings.fromEnvironment();
            } catch (IllegalArgumentException e) {
                System.err.println("bookshelf " + command + ": " + e.getMessage());
                return 2;
            }
            List<String> arguments = args.subList(1, args.size());
            boolean terminal = System.console() != null;
            return switch (command) {
                case "import" -> new ImportCommand(settings, System.out, System.err, terminal).run(arguments);
                case "export" -> new ExportCommand(settings, System.out, System.err).run(arguments);
                case "backup" -> new BackupCommand(settings, System.out, System.err, terminal).run(arguments);
                case "reindex" -> new ReindexCommand(settings, System.out, System.err, terminal).run(arguments);
                case "migrate" -> new MigrateCommand(settings, System.out, System.err).run(arguments);
                default -> new RestoreCommand(settings, System.out, System.err, terminal).run(arguments);
            };
        }
        if (!command.equals("token")) {
            System.err.println("unknown command " + command + "; run without arguments to start the service, or:");
            System.err.println(TokenCommand.USAGE);
            System.err.println(ImportCommand.USAGE);
            System.err.println(ExportCommand.USAGE);
            System.err.println(BackupCommand.USAGE);
            System.err.println(RestoreCommand.USAGE);
            System.err.println(ReindexCommand.USAGE);
            System.err.println(MigrateCommand.USAGE);
            return 2;
        }
        Path tokensFile;
        try {
            tokensFile = BookshelfSettings.tokensFile(System.getenv(), System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("bookshelf token: " + e.getMessage());
            return 2;
        }
        return new TokenCommand(tokensFile, System.out, System.err).run(args.subList(1, args.size()));
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
