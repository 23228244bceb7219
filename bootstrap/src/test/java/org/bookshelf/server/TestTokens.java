package org.bookshelf.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bookshelf.adapter.web.security.AccessSettings;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.adapter.web.security.TokenFile;

/**
 * A tokens file of its own in a new temporary directory, holding one token per role, for a service under
 * test: {@code TestTokens tokens = TestTokens.create(); BookshelfServer.start(tokens.applyTo(settings))},
 * then send {@code tokens.bearer(Role.EDITOR)} as the {@code Authorization} header.
 */
public record TestTokens(Path file, String reader, String editor, String admin) {

    public static TestTokens create() {
        try {
            Path directory = Files.createTempDirectory("bookshelf-tokens-");
            Path file = directory.resolve("tokens");
            // Deleted in the reverse order: the files, then their directory.
            directory.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            file.resolveSibling("tokens.lock").toFile().deleteOnExit();
            TokenFile tokens = new TokenFile(file);
            return new TestTokens(
                    file,
                    tokens.add("test-reader", Role.READER),
                    tokens.add("test-editor", Role.EDITOR),
                    tokens.add("test-admin", Role.ADMIN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code settings} with authentication on, public reads, and this tokens file. */
    public BookshelfSettings applyTo(BookshelfSettings settings) {
        return settings.withAccess(new AccessSettings(true, true, file, null));
    }

    public String token(Role role) {
        return switch (role) {
            case READER -> reader;
            case EDITOR -> editor;
            case ADMIN -> admin;
        };
    }

    /** The {@code Authorization} header value for the role's token. */
    public String bearer(Role role) {
        return "Bearer " + token(role);
    }
}
