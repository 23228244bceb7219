package org.bookshelf.adapter.persistence.mariadb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The files of an embedded server's data directory, and what state they are in.
 *
 * <p>{@code mariadb/} holds the server's data and its Unix socket {@code mariadbd.sock} (owner only,
 * mode 0700); {@code mariadb.installing/} an install in progress; {@code tmp/} the server's temporary
 * files; {@code mariadb-files/} is the one directory SQL may read or write files in
 * ({@code --secure-file-priv}); {@code mariadb-root-password} and {@code mariadb-bookshelf-password}
 * (mode 0600) hold the passwords of {@code root} and of the application user; {@code mariadbd.pid} the
 * running server's process id; {@code .lock} marks the directory in use. Other files in it are left
 * alone: the service keeps more of its own there.
 */
final class MariaDbDataDirectory {

    /** What {@link #inspect()} finds, and so what a start does. */
    enum State {
        /** Nothing installed yet: install, then lock. */
        NEW,
        /** Installed without passwords, by a release that ran the server with authentication off, or with its password files lost: lock, keeping the data. */
        UNLOCKED,
        /** Installed with passwords: open. */
        LOCKED
    }

    static final String SOCKET = "mariadbd.sock";

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final Path root;

    MariaDbDataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path serverData() {
        return root.resolve("mariadb");
    }

    Path installing() {
        return root.resolve("mariadb.installing");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path files() {
        return root.resolve("mariadb-files");
    }

    Path pidFile() {
        return root.resolve("mariadbd.pid");
    }

    Path socket() {
        return serverData().resolve(SOCKET);
    }

    Path rootPasswordFile() {
        return root.resolve("mariadb-root-password");
    }

    Path applicationPasswordFile() {
        return root.resolve("mariadb-" + EmbeddedMariaDb.USER + "-password");
    }

    /**
     * What is there. A directory that is neither empty of MariaDB's files nor a complete installation is
     * refused, and nothing in it is touched.
     *
     * @throws IllegalStateException naming what is missing
     */
    State inspect() {
        boolean anyPassword = Files.exists(rootPasswordFile()) || Files.exists(applicationPasswordFile());
        if (!Files.exists(serverData())) {
            if (anyPassword) {
                throw new IllegalStateException("the data directory " + root
                        + " has MariaDB passwords but no database ("
                        + serverData() + " is missing); restore it, or remove "
                        + rootPasswordFile().getFileName()
                        + " and " + applicationPasswordFile().getFileName() + " to install a new, empty catalogue");
            }
            return State.NEW;
        }
        if (!Files.isDirectory(serverData().resolve("mysql"))) {
            throw new IllegalStateException("the data directory " + root + " is incomplete: " + serverData()
                    + " has no system schema (mysql/); it was not made by Bookshelf or was damaged. Nothing was"
                    + " changed; point BOOKSHELF_DATA_DIR at a complete or an empty directory");
        }
        boolean bothPasswords =
                Files.isRegularFile(rootPasswordFile()) && Files.isRegularFile(applicationPasswordFile());
        return bothPasswords ? State.LOCKED : State.UNLOCKED;
    }

    /** Creates the directories the server uses beside its data, readable by their owner only. */
    void prepareServerDirectories() throws IOException {
        for (Path directory : List.of(tmp(), files())) {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        }
    }

    /** Keeps the server's data, and with it its socket, to the owner: {@code mariadb-install-db} does so, an older copy may not. */
    void restrictServerData() throws IOException {
        Files.setPosixFilePermissions(serverData(), OWNER_ONLY_DIRECTORY);
    }

    ServerPasswords readPasswords() throws IOException {
        return new ServerPasswords(readSecret(rootPasswordFile()), readSecret(applicationPasswordFile()));
    }

    /** Writes both password files (mode 0600), each replaced whole, the application's last. */
    void writePasswords(ServerPasswords passwords) throws IOException {
        writeSecret(rootPasswordFile(), passwords.root());
        writeSecret(applicationPasswordFile(), passwords.application());
    }

    /** Writes {@code content} to a file in {@code tmp/} that only the owner can read. */
    Path writePrivateFile(String name, String content) throws IOException {
        Path file = tmp().resolve(name);
        writeOwnerOnly(file, content);
        return file;
    }

    private static String readSecret(Path file) throws IOException {
        String secret = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
        if (secret.isEmpty()) {
            throw new IOException(file + " is empty");
        }
        return secret;
    }

    private static void writeSecret(Path file, String secret) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".new");
        writeOwnerOnly(next, secret + "\n");
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try (FileChannel channel = FileChannel.open(
                file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), OWNER_ONLY_FILE)) {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }
}
