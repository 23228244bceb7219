package org.bookshelf.adapter.web;

import org.bookshelf.server.BookshelfServer;
import org.bookshelf.server.BookshelfSettings;
import org.bookshelf.server.BookshelfSettings.Store;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real service on the in-memory store, on a free port, for the tests of one class:
 * {@code @RegisterExtension static final RunningService SERVICE = new RunningService();}
 */
final class RunningService implements BeforeAllCallback, AfterAllCallback {

    private BookshelfServer server;
    private ApiClient api;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = BookshelfServer.start(BookshelfSettings.defaults().withStore(Store.MEMORY).withPort(0));
        api = new ApiClient(server.uri());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    BookshelfServer server() {
        return server;
    }

    ApiClient api() {
        return api;
    }
}
