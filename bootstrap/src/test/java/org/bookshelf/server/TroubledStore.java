package org.bookshelf.server;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bookshelf.adapter.persistence.memory.InMemoryPersistence;
import org.bookshelf.application.exception.ConcurrentChangeException;
import org.bookshelf.application.exception.StoreUnavailableException;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.Slice;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.BookId;
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

    private TroubledStore() {}

    /** Every author query fails. */
    @Configuration(proxyBeanMethods = false)
    static class Failing {

        @Bean
        DrivenPorts drivenPorts() {
            DrivenPorts memory = InMemoryPersistence.newDrivenPorts();
            return withReads(memory, new AuthorReadsApart(memory.reads()) {
                @Override
                public Optional<AuthorView> findAuthor(AuthorId authorId) {
                    throw new IllegalStateException(LEAKY_MESSAGE);
                }

                @Override
                public Slice<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
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
            CatalogueReads queries = memory.reads();
            return withReads(memory, new AuthorReadsApart(queries) {
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
                public Slice<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
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
            return failingEveryUnitOfWork(() -> new ConcurrentChangeException(
                    "deadlocked five times: " + LEAKY_MESSAGE, new IllegalStateException(LEAKY_MESSAGE)));
        }
    }

    /** No unit of work can begin, as when the database does not answer. */
    @Configuration(proxyBeanMethods = false)
    static class Unreachable {

        @Bean
        DrivenPorts drivenPorts() {
            return failingEveryUnitOfWork(() -> new StoreUnavailableException(
                    "the database could not be reached: " + LEAKY_MESSAGE, new IllegalStateException(LEAKY_MESSAGE)));
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
        return new DrivenPorts(
                failing,
                memory.books(),
                memory.authors(),
                memory.reads(),
                memory.idempotencyRecords(),
                memory.bulkCatalogue(),
                memory.importJobs(),
                memory.catalogueSnapshots());
    }

    private static DrivenPorts withReads(DrivenPorts memory, CatalogueReads reads) {
        return new DrivenPorts(
                memory.unitOfWork(),
                memory.books(),
                memory.authors(),
                reads,
                memory.idempotencyRecords(),
                memory.bulkCatalogue(),
                memory.importJobs(),
                memory.catalogueSnapshots());
    }

    /** Reads that answer books as {@code books} does, and authors as a subclass says. */
    private abstract static class AuthorReadsApart implements CatalogueReads {

        private final CatalogueReads books;

        AuthorReadsApart(CatalogueReads books) {
            this.books = books;
        }

        @Override
        public Optional<BookView> findBook(BookId bookId) {
            return books.findBook(bookId);
        }

        @Override
        public Slice<BookView> findBooks(BookFilter filter, Keyset after, int limit) {
            return books.findBooks(filter, after, limit);
        }

        @Override
        public List<BookView> booksAfter(BookId after, int limit) {
            return books.booksAfter(after, limit);
        }

        @Override
        public List<String> wordsStartingWith(WordScope scope, String prefix, int max) {
            return books.wordsStartingWith(scope, prefix, max);
        }

        @Override
        public Map<String, Long> wordFrequencies(WordScope scope, Collection<String> words, long upTo) {
            return books.wordFrequencies(scope, words, upTo);
        }

        @Override
        public CatalogueSize countCatalogue() {
            return books.countCatalogue();
        }
    }
}
