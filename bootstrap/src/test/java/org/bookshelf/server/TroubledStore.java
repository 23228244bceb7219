package org.bookshelf.server;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bookshelf.adapter.persistence.memory.InMemoryPersistence;
import org.bookshelf.application.exception.ConcurrentChangeException;
import org.bookshelf.application.exception.StoreUnavailableException;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.QueryAuthorsPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stores for tests: the in-memory one, with author queries or units of work that fail or wait as a test says. */
final class TroubledStore {

    /** The failure every author query throws, worded as a database driver might. */
    static final String LEAKY_MESSAGE = "SELECT id, name FROM authors -- Connection refused: db.internal:3306";

    /** When set, author look-ups by id wait for it to count down. */
    static volatile CountDownLatch gate;
    /** Counted down when a look-up by id starts waiting at the gate. */
    static volatile CountDownLatch waiting;

    private TroubledStore() {
    }

    /** Every author query fails. */
    @Configuration(proxyBeanMethods = false)
    static class Failing {

        @Bean
        DrivenPorts drivenPorts() {
            return withAuthorQueries(new QueryAuthorsPort() {
                @Override
                public Optional<AuthorView> findAuthor(AuthorId authorId) {
                    throw new IllegalStateException(LEAKY_MESSAGE);
                }

                @Override
                public List<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
                    throw new IllegalStateException(LEAKY_MESSAGE);
                }
            });
        }
    }

    /** Author look-ups by id wait at {@link #gate} when it is set. */
    @Configuration(proxyBeanMethods = false)
    static class Gated {

        @Bean
        DrivenPorts drivenPorts() {
            DrivenPorts memory = InMemoryPersistence.newDrivenPorts();
            QueryAuthorsPort queries = memory.queryAuthors();
            return withAuthorQueries(memory, new QueryAuthorsPort() {
                @Override
                public Optional<AuthorView> findAuthor(AuthorId authorId) {
                    CountDownLatch wait = gate;
                    if (wait != null) {
                        waiting.countDown();
                        try {
                            if (!wait.await(1, TimeUnit.MINUTES)) {
                                throw new IllegalStateException("the test never opened the gate");
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    }
                    return queries.findAuthor(authorId);
                }

                @Override
                public List<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
                    return queries.findAuthors(filter, after, limit);
                }
            });
        }
    }

    /** Every unit of work gives up as if concurrent changes kept colliding with it. */
    @Configuration(proxyBeanMethods = false)
    static class Contended {

        @Bean
        DrivenPorts drivenPorts() {
            return failingEveryUnitOfWork(() -> new ConcurrentChangeException("deadlocked five times: " + LEAKY_MESSAGE,
                    new IllegalStateException(LEAKY_MESSAGE)));
        }
    }

    /** No unit of work can begin, as when the database does not answer. */
    @Configuration(proxyBeanMethods = false)
    static class Unreachable {

        @Bean
        DrivenPorts drivenPorts() {
            return failingEveryUnitOfWork(() -> new StoreUnavailableException("the database could not be reached: "
                    + LEAKY_MESSAGE, new IllegalStateException(LEAKY_MESSAGE)));
        }
    }

    /** Every unit of work fails as if the database went away while committing it. */
    @Configuration(proxyBeanMethods = false)
    static class CutOffWhileCommitting {

        @Bean
        DrivenPorts drivenPorts() {
            return failingEveryUnitOfWork(() -> StoreUnavailableException.outcomeUnknown(
                    "the database stopped answering while committing: " + LEAKY_MESSAGE,
                    new IllegalStateException(LEAKY_MESSAGE)));
        }
    }

    private static DrivenPorts failingEveryUnitOfWork(Supplier<RuntimeException> failure) {
        DrivenPorts memory = InMemoryPersistence.newDrivenPorts();
        UnitOfWork failing = new UnitOfWork() {
            @Override
            public <T> T run(Supplier<T> work) {
                throw failure.get();
            }
        };
        return new DrivenPorts(failing, memory.loadBooks(), memory.storeBooks(), memory.loadAuthors(),
                memory.storeAuthors(), memory.queryBooks(), memory.queryAuthors(), memory.idempotencyRecords(),
                memory.countCatalogue(), memory.matchCatalogue(), memory.bulkStore(), memory.importJobs(),
                memory.scanBooks(), memory.catalogueSnapshots());
    }

    private static DrivenPorts withAuthorQueries(QueryAuthorsPort queries) {
        return withAuthorQueries(InMemoryPersistence.newDrivenPorts(), queries);
    }

    private static DrivenPorts withAuthorQueries(DrivenPorts memory, QueryAuthorsPort queries) {
        return new DrivenPorts(memory.unitOfWork(), memory.loadBooks(), memory.storeBooks(), memory.loadAuthors(),
                memory.storeAuthors(), memory.queryBooks(), queries, memory.idempotencyRecords(),
                memory.countCatalogue(), memory.matchCatalogue(), memory.bulkStore(), memory.importJobs(),
                memory.scanBooks(), memory.catalogueSnapshots());
    }
}
