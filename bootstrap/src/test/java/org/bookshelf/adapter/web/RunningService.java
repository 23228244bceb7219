package org.bookshelf.adapter.web;

import java.util.function.UnaryOperator;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.server.BookshelfServer;
import org.bookshelf.server.BookshelfSettings;
import org.bookshelf.server.BookshelfSettings.Store;
import org.bookshelf.server.TestTokens;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real service on the in-memory store, on a free port, with a token for each role, for the tests of
 * one class: {@code @RegisterExtension static final RunningService SERVICE = new RunningService();}
 */
final class RunningService implements BeforeAllCallback, AfterAllCallback {

    private final UnaryOperator<BookshelfSettings> settings;
    private TestTokens tokens;
    private BookshelfServer server;
    private ApiClient api;

    RunningService() {
        this(UnaryOperator.identity());
    }

    /** A service on the in-memory store with one token per role, and then whatever {@code settings} change. */
    RunningService(UnaryOperator<BookshelfSettings> settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        tokens = TestTokens.create();
        server = BookshelfServer.start(settings.apply(tokens.applyTo(
                BookshelfSettings.defaults().withStore(Store.MEMORY).withPort(0))));
        api = new ApiClient(server.uri()).withAuthorization(tokens.bearer(Role.ADMIN));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    BookshelfServer server() {
        return server;
    }

    /** A client that sends the {@code admin} token. */
    ApiClient api() {
        return api;
    }

    TestTokens tokens() {
        return tokens;
    }
}
