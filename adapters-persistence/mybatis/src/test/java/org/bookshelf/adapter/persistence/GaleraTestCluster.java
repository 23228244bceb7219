package org.bookshelf.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Three real nodes of a MariaDB Galera cluster on loopback, for tests of the service on a cluster: Debian's
 * {@code mariadbd} (10.11) with {@code galera-4}, each node in a new directory {@code target/<name>/nodeN} (its
 * {@code my.cnf}, data, socket and error log kept for a look after a failure), on ports picked free at start.
 * Node 1 bootstraps the cluster; nodes 2 and 3 join it at once by a {@code mariabackup} state transfer.
 *
 * <p>Each node's settings, as an operator's would be: {@code binlog_format=ROW},
 * {@code innodb_autoinc_lock_mode=2}, {@code wsrep_on}, the provider, the cluster address of the three nodes'
 * group communication ports, {@code wsrep_sst_method=mariabackup} (rsync refuses to run as root), a gcache of
 * 128 MB so that a node restarted after a kill rejoins by incremental transfer, and group communication timeouts
 * short enough that the cluster drops a killed node within seconds ({@code evs.suspect_timeout=PT3S},
 * {@code evs.inactive_timeout=PT6S}; the defaults are 5 s and 15 s). As root, {@code user=root}.
 *
 * <p>The application's account: database {@code bookshelf}, user {@code bookshelf}@{@code 127.0.0.1} with a
 * generated password and every right on it. Tests act as an operator, with every right, over TCP:
 * {@link #onNode}, {@link #queryOnNode}, {@link #rootConnection}, {@link #kill}, {@link #restart}.
 */
public final class GaleraTestCluster implements AutoCloseable {

    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final int NODES = 3;
    private static final Pattern RECOVERED_POSITION = Pattern.compile("WSREP: Recovered position: (\\S+)");

    private final Path directory;
    private static final int FIRST_PORT = 20_000;
    private static final int PORTS = 12_000;
    private static final Set<Integer> PORTS_HANDED_OUT = ConcurrentHashMap.newKeySet();

    private final int[] ports = new int[NODES];
    private final int[] groupPorts = new int[NODES];
    private final Process[] servers = new Process[NODES];
    private final String password = "galera" + Long.toHexString(System.nanoTime()) + "Secret";

    private GaleraTestCluster(Path directory) {
        this.directory = directory;
    }

    /** Starts the three nodes in new directories {@code target/<name>/node1..3}; returns once all are synced. */
    public static GaleraTestCluster start(String name) {
        for (Path required : List.of(MARIADBD, PROVIDER, Path.of("/usr/bin/wsrep_sst_mariabackup"))) {
            if (!Files.exists(required)) {
                throw new IllegalStateException(required + " is missing: install mariadb-server, galera-4,"
                        + " mariadb-backup and socat (.ci/run does)");
            }
        }
        Path target = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target");
        GaleraTestCluster cluster = new GaleraTestCluster(fresh(target.resolve(name)));
        try {
            cluster.configure();
            cluster.installSystemTables();
            cluster.launch(1, "--wsrep-new-cluster");
            cluster.createOperator();
            cluster.awaitSynced(1, 1);
            cluster.onNode(
                    1,
                    "CREATE DATABASE bookshelf",
                    "CREATE USER 'bookshelf'@'127.0.0.1' IDENTIFIED BY '" + cluster.password + "'",
                    "GRANT ALL ON bookshelf.* TO 'bookshelf'@'127.0.0.1'");
            // One joiner at a time: node 1 is the only donor, and a second joiner asking it for a state transfer
            // while it serves the first waits in a retry loop that a loaded machine can stretch past the timeout.
            for (int node = 2; node <= NODES; node++) {
                cluster.launch(node);
                cluster.awaitSynced(node, node);
            }
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void configure() {
        for (int i = 0; i < NODES; i++) {
            ports[i] = freePort();
            groupPorts[i] = freePort();
        }
        String clusterAddress = Arrays.stream(groupPorts)
                .mapToObj(port -> "127.0.0.1:" + port)
                .collect(Collectors.joining(",", "gcomm://", ""));
        boolean root = "root".equals(System.getProperty("user.name"));
        for (int node = 1; node <= NODES; node++) {
            Path home = home(node);
            String config = String.join(
                    "\n",
                    "[mysqld]",
                    "datadir=" + home.resolve("data"),
                    "socket=" + home.resolve("mariadbd.sock"),
                    "pid-file=" + home.resolve("mariadbd.pid"),
                    "log_error=" + home.resolve("error.log"),
                    "port=" + port(node),
                    "bind-address=127.0.0.1",
                    root ? "user=root" : "",
                    "skip-name-resolve",
                    "innodb_buffer_pool_size=64M",
                    "innodb_log_file_size=32M",
                    "innodb_flush_log_at_trx_commit=2",
                    "binlog_format=ROW",
                    "innodb_autoinc_lock_mode=2",
                    "wsrep_on=ON",
                    "wsrep_provider=" + PROVIDER,
                    "wsrep_cluster_name=bookshelf-test",
                    "wsrep_cluster_address=" + clusterAddress,
                    "wsrep_node_name=node" + node,
                    "wsrep_node_address=127.0.0.1",
                    "wsrep_provider_options=\"gmcast.listen_addr=tcp://127.0.0.1:" + groupPorts[node - 1]
                            + ";ist.recv_addr=127.0.0.1:" + freePort()
                            + ";gcache.size=128M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S"
                            + ";evs.keepalive_period=PT1S;evs.inactive_check_period=PT1S\"",
                    "wsrep_sst_receive_address=127.0.0.1:" + freePort(),
                    "wsrep_sst_method=mariabackup",
                    "wsrep_sst_auth=root:",
                    "",
                    "[sst]",
                    "");
            try {
                Files.createDirectories(home.resolve("data"));
                Files.writeString(home.resolve("my.cnf"), config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void installSystemTables() {
        run(List.of(
                "mariadb-install-db",
                "--defaults-file=" + home(1).resolve("my.cnf"),
                "--auth-root-authentication-method=socket"));
    }

    /**
     * Makes the operator's account, {@code root} over TCP: Debian's {@code root} logs in over the socket only,
     * which the JDBC driver does not reach. The joining nodes copy it with the rest.
     */
    private void createOperator() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        List<String> command = List.of(
                "mariadb",
                "--socket=" + home(1).resolve("mariadbd.sock"),
                "-e",
                "CREATE USER 'operator'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                        + " GRANT ALL ON *.* TO 'operator'@'127.0.0.1' WITH GRANT OPTION");
        while (true) {
            try {
                run(command);
                return;
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline || !servers[0].isAlive()) {
                    throw new IllegalStateException(notYet.getMessage() + "\n" + errorLogTail(1), notYet);
                }
                sleep(Duration.ofMillis(200));
            }
        }
    }

    private void launch(int node, String... arguments) {
        List<String> command = new ArrayList<>(
                List.of(MARIADBD.toString(), "--defaults-file=" + home(node).resolve("my.cnf")));
        command.addAll(List.of(arguments));
        try {
            servers[node - 1] = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(home(node).resolve("console.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node " + node, e);
        }
    }

    /** The MariaDB port of {@code node} (1 to 3). */
    public int port(int node) {
        return ports[node - 1];
    }

    /** The application user, with every right on the {@code bookshelf} database. */
    public String user() {
        return "bookshelf";
    }

    /** The application user's password. */
    public String password() {
        return password;
    }

    /** The JDBC URL of the {@code bookshelf} database on {@code node}. */
    public String jdbcUrl(int node) {
        return "jdbc:mariadb://127.0.0.1:" + port(node) + "/bookshelf";
    }

    /** A Connector/J {@code sequential} URL over the nodes in this order: the first that answers takes each connection. */
    public String sequentialUrl(int... nodes) {
        return IntStream.of(nodes)
                .mapToObj(node -> "127.0.0.1:" + port(node))
                .collect(Collectors.joining(",", "jdbc:mariadb:sequential://", "/bookshelf"));
    }

    /** A connection to {@code node} as the operator, who may do anything. Close it. */
    public Connection rootConnection(int node) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "operator");
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "2000");
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port(node) + "/", properties);
    }

    /** Runs {@code statements} as {@code root} on {@code node}, in order. */
    public void onNode(int node, String... statements) {
        try (Connection connection = rootConnection(node);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("node " + node + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns once every node has applied all that the cluster committed before this call: a node applies others'
     * writes a moment after they commit, so a database just made on one node may be unknown on another.
     */
    public void awaitAppliedOnEveryNode() {
        for (int node = 1; node <= NODES; node++) {
            onNode(node, "SET SESSION wsrep_sync_wait = 1", "SELECT COUNT(*) FROM information_schema.SCHEMATA");
        }
    }

    /** The rows {@code query} answers as {@code root} on {@code node}, each column as text. */
    public List<List<String>> queryOnNode(int node, String query) {
        try (Connection connection = rootConnection(node);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            List<List<String>> found = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(rows.getString(column));
                }
                found.add(row);
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("node " + node + ": " + e.getMessage(), e);
        }
    }

    /** A global status value of {@code node}, such as {@code wsrep_local_state}; {@code null} when it has none. */
    public String status(int node, String variable) {
        List<List<String>> rows = queryOnNode(node, "SHOW GLOBAL STATUS LIKE '" + variable + "'");
        return rows.isEmpty() ? null : rows.get(0).get(1);
    }

    /** Waits until {@code node} answers, synced in a primary component of three nodes. */
    public void awaitSynced(int node) {
        awaitSynced(node, NODES);
    }

    private void awaitSynced(int node, int clusterSize) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "not answering";
        while (System.nanoTime() < deadline) {
            Process server = servers[node - 1];
            if (server != null && !server.isAlive()) {
                throw new IllegalStateException("node " + node + " stopped: " + errorLogTail(node));
            }
            try {
                List<List<String>> state = queryOnNode(
                        node,
                        "SHOW GLOBAL STATUS WHERE Variable_name IN"
                                + " ('wsrep_local_state', 'wsrep_cluster_size', 'wsrep_ready')");
                last = state.toString();
                if (state.contains(List.of("wsrep_local_state", "4"))
                        && state.contains(List.of("wsrep_cluster_size", String.valueOf(clusterSize)))
                        && state.contains(List.of("wsrep_ready", "ON"))) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                last = notYet.getMessage();
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("node " + node + " not synced after " + START_TIMEOUT.toSeconds() + " s ("
                + last + "): " + errorLogTail(node));
    }

    /** Kills {@code node}'s server at once (SIGKILL), as a crash would. */
    public void kill(int node) {
        Process server = servers[node - 1];
        server.destroyForcibly();
        try {
            server.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts {@code node} again on its data, after {@link #kill}, as Debian's service unit does: first
     * {@code --wsrep-recover} finds the last transaction it committed, from which it rejoins by incremental state
     * transfer (without it the node would take a whole copy). Returns once it rejoined and is synced.
     */
    public void restart(int node) {
        Path log = home(node).resolve("recover.log");
        run(List.of(
                MARIADBD.toString(),
                "--defaults-file=" + home(node).resolve("my.cnf"),
                "--wsrep-recover",
                "--log-error=" + log));
        String position;
        try (Stream<String> lines = Files.lines(log)) {
            position = lines.map(RECOVERED_POSITION::matcher)
                    .filter(Matcher::find)
                    .map(found -> found.group(1))
                    .reduce((first, last) -> last)
                    .orElseThrow(() -> new IllegalStateException("node " + node + " recovered no position: " + log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        launch(node, "--wsrep_start_position=" + position);
        awaitSynced(node);
    }

    private String errorLogTail(int node) {
        try (Stream<String> lines = Files.lines(home(node).resolve("error.log"))) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no error log: " + e.getMessage() + ")";
        }
    }

    /** Stops every node: SIGTERM, then SIGKILL after 20 s. */
    @Override
    public void close() {
        for (Process server : servers) {
            if (server != null) {
                server.destroy();
            }
        }
        for (Process server : servers) {
            if (server != null) {
                try {
                    if (!server.waitFor(20, TimeUnit.SECONDS)) {
                        server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private Path home(int node) {
        return directory.resolve("node" + node);
    }

    private static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A port free now, below Linux's ephemeral range (32768 and up), from which the nodes' own connections and
     * other tests' servers on port 0 take theirs: a port picked there was once taken by one of them in the tens
     * of seconds before its node listened on it. Never the same port twice in this JVM.
     */
    private static int freePort() {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = FIRST_PORT + ThreadLocalRandom.current().nextInt(PORTS);
            if (PORTS_HANDED_OUT.add(port) && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port from " + FIRST_PORT + " to " + (FIRST_PORT + PORTS - 1));
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path fresh(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(path -> path.toFile().delete());
                }
            }
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
