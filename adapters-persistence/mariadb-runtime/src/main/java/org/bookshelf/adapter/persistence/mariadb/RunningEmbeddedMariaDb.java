package org.bookshelf.adapter.persistence.mariadb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The embedded server a running service holds, reached beside it: a command that must work while the service runs
 * (a backup, a restore) connects to it as the service does, on 127.0.0.1 at the port the server was started with
 * (read from the arguments of the process the data directory's pid file names) as the application user whose
 * password the data directory keeps, instead of starting a server of its own, which the data directory's lock
 * refuses. (The server's Unix socket would need JNA, which Connector/J uses for sockets and the jar does not ship.)
 */
public final class RunningEmbeddedMariaDb {

    private static final String PORT = "--port=";

    private RunningEmbeddedMariaDb() {}

    /**
     * Settings that reach the embedded server a running service holds on {@code settings}' data directory; or
     * {@code settings} as they are when they name an external database, or when no service holds the directory
     * (the command then starts the server itself).
     *
     * @throws IllegalStateException when a service holds the directory but its server's port cannot be told
     * @throws UncheckedIOException   when a service holds the directory but its password cannot be read
     */
    public static DatabaseSettings reachable(DatabaseSettings settings) {
        if (settings.isExternal() || !DataDirectoryLock.isHeld(settings.dataDir())) {
            return settings;
        }
        MariaDbDataDirectory directory = new MariaDbDataDirectory(settings.dataDir());
        try {
            String password = directory.readPasswords().application();
            return new DatabaseSettings(
                    "jdbc:mariadb://127.0.0.1:" + port(directory) + "/" + EmbeddedMariaDb.DATABASE,
                    EmbeddedMariaDb.USER,
                    password,
                    directory.root());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the MariaDB data directory " + directory.root() + " is in use, but its password cannot be read",
                    e);
        }
    }

    private static String port(MariaDbDataDirectory directory) throws IOException {
        return ServerProcesses.readPid(directory.pidFile())
                .flatMap(ProcessHandle::of)
                .flatMap(server -> server.info().arguments())
                .flatMap(arguments -> Arrays.stream(arguments)
                        .filter(argument -> argument.startsWith(PORT))
                        .map(argument -> argument.substring(PORT.length()))
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException("the MariaDB data directory " + directory.root()
                        + " is in use, but no server it names in " + directory.pidFile() + " tells its port"));
    }
}
