package org.bookshelf.adapter.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opaque API tokens, kept in one text file: a line per token with its name, its role and the SHA-256
 * of the token, such as {@code ci-bot editor 9f86d0…}. The tokens themselves are never stored; each is
 * shown once, when it is made. The file is readable by its owner only (0600).
 *
 * <p>Changes are made under an exclusive lock on a sibling {@code <file>.lock} and land by an atomic
 * rename, so the command line and any number of running services may share the file: a reader sees the
 * old list or the new one, never half of it.
 */
public final class TokenFile {

    /** A token's name: a letter or digit, then up to 63 letters, digits, {@code . _ @ -}. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    /** Every token made here starts so: it tells an opaque token from a JWT at a glance. */
    static final String PREFIX = "bks_";

    /** The name of the {@code admin} token the first start makes. */
    public static final String FIRST_ADMIN = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(TokenFile.class);
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HEADER =
            "# Bookshelf API tokens: name role sha256(token). Manage with: java -jar bookshelf.jar token add|list|revoke";

    /** A token as stored: its name, its role and the SHA-256 of its secret. */
    public record StoredToken(String name, Role role, byte[] hash) {}

    private final Path file;
    private final Path directory;

    public TokenFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.directory = Objects.requireNonNull(this.file.getParent(), "a tokens file is in a directory");
    }

    public Path path() {
        return file;
    }

    /** The tokens as the file holds them now; none when there is no file. Malformed lines are skipped with a warning. */
    public List<StoredToken> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokens file " + file, e);
        }
        List<StoredToken> tokens = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Optional<StoredToken> token = parse(line);
            if (token.isPresent()) {
                tokens.add(token.get());
            } else {
                LOG.warn("Ignoring line {} of {}: expected 'name role sha256'", number, file);
            }
        }
        return List.copyOf(tokens);
    }

    private static Optional<StoredToken> parse(String line) {
        String[] fields = line.split("\\s+");
        if (fields.length != 3 || !NAME.matcher(fields[0]).matches() || !fields[2].matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return Role.fromLabel(fields[1])
                .map(role -> new StoredToken(fields[0], role, HexFormat.of().parseHex(fields[2])));
    }

    /**
     * Makes a new token and stores its hash under {@code name}.
     *
     * @return the token, which exists nowhere else: show it once and forget it
     * @throws IllegalArgumentException when the name is malformed or already taken
     */
    public String add(String name, Role role) {
        requireValidName(name);
        String token = newToken();
        update(tokens -> {
            if (tokens.stream().anyMatch(existing -> existing.name().equals(name))) {
                throw new IllegalArgumentException("a token named " + name + " exists already; revoke it first");
            }
            List<StoredToken> changed = new ArrayList<>(tokens);
            changed.add(new StoredToken(name, role, sha256(token)));
            return changed;
        });
        return token;
    }

    /** Removes the token named {@code name}; answers whether there was one. */
    public boolean revoke(String name) {
        AtomicBoolean found = new AtomicBoolean();
        update(tokens -> {
            List<StoredToken> kept =
                    tokens.stream().filter(token -> !token.name().equals(name)).toList();
            found.set(kept.size() < tokens.size());
            return found.get() ? kept : tokens;
        });
        return found.get();
    }

    /**
     * When the file holds no token at all, makes an {@value #FIRST_ADMIN} token with the {@code admin} role
     * and writes it, alone, to {@code secretFile} (readable by its owner only), so that whoever runs the
     * service can start using it. Safe to call from several services at once: only one makes the token.
     *
     * @return {@code secretFile} when a token was made, empty when tokens existed already
     */
    public Optional<Path> addFirstAdminIfNone(Path secretFile) {
        AtomicReference<Path> written = new AtomicReference<>();
        update(tokens -> {
            if (!tokens.isEmpty()) {
                return tokens;
            }
            String token = newToken();
            writePrivately(secretFile, token + "\n");
            written.set(secretFile.toAbsolutePath().normalize());
            return List.of(new StoredToken(FIRST_ADMIN, Role.ADMIN, sha256(token)));
        });
        return Optional.ofNullable(written.get());
    }

    /** The SHA-256 of {@code token}'s UTF-8 bytes, as stored in the file. */
    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String newToken() {
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static void requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a token name is 1 to 64 letters, digits or . _ @ - (starting with a"
                    + " letter or digit), was " + name);
        }
    }

    private void update(UnaryOperator<List<StoredToken>> change) {
        // A file lock keeps other processes out; threads of this one, which it does not tell apart, wait here.
        synchronized (TokenFile.class) {
            updateLocked(change);
        }
    }

    private void updateLocked(UnaryOperator<List<StoredToken>> change) {
        try {
            Files.createDirectories(directory);
            try (FileChannel lockFile = FileChannel.open(
                            file.resolveSibling(file.getFileName() + ".lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                List<StoredToken> before = read();
                List<StoredToken> after = change.apply(before);
                if (after != before) {
                    replace(after);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot change the tokens file " + file, e);
        }
    }

    private void replace(List<StoredToken> tokens) throws IOException {
        StringBuilder content = new StringBuilder(HEADER).append('\n');
        for (StoredToken token : tokens) {
            content.append(token.name())
                    .append(' ')
                    .append(token.role().label())
                    .append(' ')
                    .append(HexFormat.of().formatHex(token.hash()))
                    .append('\n');
        }
        Path staged = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(staged);
        writePrivately(staged, content.toString());
        try {
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Creates {@code target} readable and writable by its owner only, then writes {@code content} to it. */
    private static void writePrivately(Path target, String content) {
        try {
            Files.deleteIfExists(target);
            try {
                Files.createFile(
                        target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(target);
            }
            Files.writeString(target, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(target + " appeared while it was being written", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
