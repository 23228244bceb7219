package org.bookshelf.adapter.persistence;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay in front of a MariaDB server that records every command its clients send, as the server
 * receives them: SQL statements, transaction control ({@code set autocommit=0}, {@code COMMIT},
 * {@code ROLLBACK}) and protocol commands alike. A command is what the client sends with packet sequence
 * number 0 (the MariaDB client/server protocol numbers the packets of each exchange from 0); the
 * handshake's packets never are, so opening a connection records nothing. Every command waits for its
 * answer, which comes back through this relay, so when {@link #record} returns, the commands of its
 * action have all been seen.
 *
 * <p>Point a pool at {@link #relayUrl()} instead of the server's URL. Recording covers every connection
 * through the relay, whatever thread uses it: record one action at a time, with no other activity on the
 * pool (let it fill first).
 */
public final class ServerCommandRecorder implements AutoCloseable {

    /**
     * A command as the server received it: the SQL text of a query, else the protocol command's name, and the
     * number of the client connection that sent it, counted from 1 in the order connections were made.
     */
    public record Command(int type, String text, int connection) {

        static final int COM_QUERY = 0x03;
        static final int COM_PING = 0x0e;

        /** A liveness check of the pool (Connection.isValid), not part of any work. */
        public boolean isPing() {
            return type == COM_PING;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** What {@code action} answered, and the commands that reached the server meanwhile, pings left out. */
    public record Recorded<T>(T result, List<Command> commands) {

        public int count() {
            return commands.size();
        }

        /** The commands' text, whitespace collapsed, one a line. */
        public String describe() {
            return String.join(
                    "\n",
                    commands.stream()
                            .map(c -> c.text().strip().replaceAll("\\s+", " "))
                            .toList());
        }
    }

    private static final Pattern SERVER_IN_URL = Pattern.compile("^jdbc:mariadb://([^:/]+):(\\d+)(/.*)$");

    private final String serverHost;
    private final int serverPort;
    private final String relayUrl;
    private final ServerSocket listener;
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
    private volatile List<Command> recording;
    private final AtomicInteger connections = new AtomicInteger();

    private ServerCommandRecorder(String jdbcUrl) throws IOException {
        Matcher server = SERVER_IN_URL.matcher(jdbcUrl);
        if (!server.matches()) {
            throw new IllegalArgumentException("not a jdbc:mariadb://host:port/... URL: " + jdbcUrl);
        }
        this.serverHost = server.group(1);
        this.serverPort = Integer.parseInt(server.group(2));
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.relayUrl = "jdbc:mariadb://127.0.0.1:" + listener.getLocalPort() + server.group(3);
        daemon("command-recorder-accept", this::acceptConnections).start();
    }

    /** Starts relaying to the server {@code jdbcUrl} names ({@code jdbc:mariadb://host:port/...}). */
    public static ServerCommandRecorder inFrontOf(String jdbcUrl) {
        try {
            return new ServerCommandRecorder(jdbcUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's URL, pointed at this relay instead. */
    public String relayUrl() {
        return relayUrl;
    }

    /** Runs {@code action}, recording the commands that reach the server meanwhile. */
    public synchronized <T> Recorded<T> record(Supplier<T> action) {
        List<Command> commands = Collections.synchronizedList(new ArrayList<>());
        recording = commands;
        try {
            T result = action.get();
            synchronized (commands) {
                return new Recorded<>(
                        result,
                        commands.stream().filter(command -> !command.isPing()).toList());
            }
        } finally {
            recording = null;
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        synchronized (sockets) {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private void acceptConnections() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                int connection = connections.incrementAndGet();
                Socket server = new Socket(serverHost, serverPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                daemon("command-recorder-to-server", () -> relayCommands(client, server, connection))
                        .start();
                daemon("command-recorder-to-client", () -> copy(server, client)).start();
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Forwards the client's packets one by one, recording each that starts a command. */
    private void relayCommands(Socket client, Socket server, int connection) {
        try (DataInputStream in = new DataInputStream(client.getInputStream());
                OutputStream out = server.getOutputStream()) {
            byte[] header = new byte[4];
            while (true) {
                in.readFully(header);
                int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
                byte[] payload = new byte[length];
                in.readFully(payload);
                if (header[3] == 0 && length > 0) {
                    List<Command> commands = recording;
                    if (commands != null) {
                        commands.add(command(payload, connection));
                    }
                }
                out.write(header);
                out.write(payload);
                out.flush();
            }
        } catch (IOException e) {
            closeQuietly(server);
        }
    }

    private static Command command(byte[] payload, int connection) {
        int type = payload[0] & 0xff;
        String text = switch (type) {
            case Command.COM_QUERY -> new String(payload, 1, payload.length - 1, StandardCharsets.UTF_8);
            case Command.COM_PING -> "COM_PING";
            case 0x01 -> "COM_QUIT";
            case 0x16 -> "COM_STMT_PREPARE " + new String(payload, 1, payload.length - 1, StandardCharsets.UTF_8);
            case 0x17 -> "COM_STMT_EXECUTE";
            case 0x19 -> "COM_STMT_CLOSE";
            case 0x1f -> "COM_RESET_CONNECTION";
            case 0xfa -> "COM_STMT_BULK_EXECUTE";
            default -> "command 0x" + Integer.toHexString(type);
        };
        return new Command(type, text, connection);
    }

    private static void copy(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16384];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // the other side closed: so does this one
        } finally {
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
