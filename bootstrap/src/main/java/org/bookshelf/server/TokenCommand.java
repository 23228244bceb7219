package org.bookshelf.server;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.adapter.web.security.TokenFile;
import org.bookshelf.adapter.web.security.TokenFile.StoredToken;

/**
 * {@code java -jar bookshelf.jar token add NAME ROLE | list | revoke NAME}: manages the API tokens in the
 * tokens file, without the database, while the service runs (it notices within seconds).
 *
 * <p>{@code add} prints the new token alone on standard output, its only appearance anywhere; everything
 * else goes to standard error. Exit status: 0 done, 1 refused (name taken, no such token), 2 usage.
 */
final class TokenCommand {

    static final String USAGE = """
            usage: java -jar bookshelf.jar token add NAME ROLE   make a token (ROLE: reader, editor or admin)
                   java -jar bookshelf.jar token list            show names and roles
                   java -jar bookshelf.jar token revoke NAME     stop a token working
            The tokens file is BOOKSHELF_TOKENS_FILE, else <BOOKSHELF_DATA_DIR>/tokens.""";

    private final TokenFile tokens;
    private final PrintStream out;
    private final PrintStream err;

    TokenCommand(Path tokensFile, PrintStream out, PrintStream err) {
        this.tokens = new TokenFile(tokensFile);
        this.out = out;
        this.err = err;
    }

    /** Runs {@code arguments} (those after {@code token}) and answers the exit status. */
    int run(List<String> arguments) {
        try {
            return switch (arguments.isEmpty() ? "" : arguments.get(0)) {
                case "add" -> arguments.size() == 3 ? add(arguments.get(1), arguments.get(2)) : usage();
                case "list" -> arguments.size() == 1 ? list() : usage();
                case "revoke" -> arguments.size() == 2 ? revoke(arguments.get(1)) : usage();
                default -> usage();
            };
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("bookshelf token: " + e.getMessage());
            return 1;
        }
    }

    private int add(String name, String roleLabel) {
        Optional<Role> role = Role.fromLabel(roleLabel);
        if (role.isEmpty()) {
            err.println("bookshelf token: the role must be reader, editor or admin, was " + roleLabel);
            return 2;
        }
        String token = tokens.add(name, role.get());
        err.println("Added the " + role.get().label() + " token " + name + " to " + tokens.path()
                + ". This is the only time it is shown:");
        out.println(token);
        return 0;
    }

    private int list() {
        List<StoredToken> stored = tokens.read();
        if (stored.isEmpty()) {
            err.println("No tokens in " + tokens.path());
        }
        stored.forEach(token -> out.println(token.name() + " " + token.role().label()));
        return 0;
    }

    private int revoke(String name) {
        if (!tokens.revoke(name)) {
            err.println("bookshelf token: no token is named " + name + " in " + tokens.path());
            return 1;
        }
        err.println("Revoked " + name + "; running services refuse it within seconds.");
        return 0;
    }

    private int usage() {
        err.println(USAGE);
        return 2;
    }
}
