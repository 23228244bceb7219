package org.bookshelf.adapter.web;

import org.bookshelf.server.BookshelfServer;
import org.bookshelf.server.BookshelfSettings;
import org.bookshelf.server.BookshelfSettings.Store;

/** The real service on the in-memory store, on a free port, as the tests of this package use it. */
final class RunningService {

    private RunningService() {
    }

    static BookshelfServer start() {
        return BookshelfServer.start(BookshelfSettings.defaults().withStore(Store.MEMORY).withPort(0));
    }
}
