package org.bookshelf.adapter.persistence.contract;

import java.util.function.Supplier;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorName;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract suites on the driven ports share: an empty store per test, supplied by a subclass, and
 * units of work on its ports.
 */
public abstract class StoreContract {

    protected DrivenPorts ports;

    /** The adapter under test, holding no book, author or import. */
    protected abstract DrivenPorts emptyStore();

    @BeforeEach
    void startEmpty() {
        ports = emptyStore();
    }

    /** Runs {@code work} in one unit of work and answers what it answers. */
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return ports.unitOfWork().run(work);
    }

    /** Runs {@code work} in one unit of work. */
    protected void inUnitOfWork(Runnable work) {
        ports.unitOfWork().run(() -> {
            work.run();
            return null;
        });
    }

    /** Registers and stores a new author named {@code name}. */
    protected Author registerAuthor(String name) {
        return inUnitOfWork(() -> {
            Author author = Author.register(ports.authors().nextId(), new AuthorName(name));
            ports.authors().save(author);
            return author;
        });
    }
}
