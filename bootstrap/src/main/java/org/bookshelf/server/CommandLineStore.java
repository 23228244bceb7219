package org.bookshelf.server;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mybatis.MariaDbStore;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;

/**
 * The catalogue's store for a command run from the command line: the {@link MariaDbStore} the settings name (the
 * embedded one on its data directory, refused while a service holds it, or {@code BOOKSHELF_DB_URL}), opened as
 * the service opens it, with the use cases on it. Close it when done.
 */
final class CommandLineStore implements AutoCloseable {

    private final MariaDbStore store;
    private final BookshelfUseCases useCases;

    private CommandLineStore(MariaDbStore store) {
        this.store = store;
        this.useCases = new BookshelfUseCases(store.drivenPorts());
    }

    /**
     * @throws RuntimeException when the database cannot be opened (the data directory in use by a running
     *                          service, an external database that does not answer); nothing is left running
     */
    static CommandLineStore open(DatabaseSettings settings) {
        return new CommandLineStore(MariaDbStore.open(settings, new SimpleMeterRegistry()));
    }

    /** What went wrong, in the words of the failure itself (which names the data directory, the database, the file). */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return failure.toString();
    }

    DrivenPorts drivenPorts() {
        return store.drivenPorts();
    }

    BookshelfUseCases useCases() {
        return useCases;
    }

    @Override
    public void close() {
        store.close();
    }
}
