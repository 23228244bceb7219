package org.bookshelf.adapter.persistence.mariadb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a second launcher (in this JVM or another) off a data directory in use. */
record DataDirectoryLock(FileChannel channel, FileLock lock) {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryLock.class);

    static DataDirectoryLock acquire(Path dataDir) {
        FileChannel channel = null;
        try {
            if (!Files.isDirectory(dataDir)) {
                Files.createDirectories(
                        dataDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            channel = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException(
                        "the MariaDB data directory " + dataDir + " is in use by another process");
            }
            return new DataDirectoryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new IllegalStateException(
                    "the MariaDB data directory " + dataDir + " is already in use in this JVM", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the MariaDB data directory " + dataDir, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Whether a launcher (in this JVM or another) holds the data directory: a command that must work beside a
     * running service then reaches its server rather than starting one.
     */
    static boolean isHeld(Path dataDir) {
        Path lockFile = dataDir.resolve(".lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tell whether a service holds " + dataDir, e);
        }
    }

    void release() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("could not release the data directory lock", e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("could not close the data directory lock file", e);
        }
    }
}
