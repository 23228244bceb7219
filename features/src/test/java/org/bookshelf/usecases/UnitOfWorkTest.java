package org.bookshelf.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.bookshelf.adapter.persistence.memory.InMemoryPersistence;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.CreditAuthorUseCase.CreditResult;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.StoreAuthorPort;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.junit.jupiter.api.Test;

/**
 * Each use case is one unit of work on the in-memory store: when it fails half way, nothing it did
 * is left behind; and concurrent callers do not lose each other's changes.
 */
class UnitOfWorkTest {

    private final DrivenPorts store = InMemoryPersistence.newDrivenPorts();
    private final AtomicBoolean storeFails = new AtomicBoolean();

    @Test
    void a_delete_with_unlink_that_fails_at_its_last_step_leaves_every_book_as_it_was() {
        StoreAuthorPort failingAuthors = failingWhenArmed(StoreAuthorPort.class, store.storeAuthors(), "delete");
        InMemoryCatalogue catalogue = new InMemoryCatalogue(new DrivenPorts(store.unitOfWork(), store.loadBooks(),
                store.storeBooks(), store.loadAuthors(), failingAuthors, store.queryBooks(), store.queryAuthors(),
                store.idempotencyRecords(), store.countCatalogue(), store.matchCatalogue(), store.bulkStore(),
                store.importJobs(), store.scanBooks(), store.catalogueSnapshots()));
        AuthorView terry = catalogue.author("Terry Pratchett");
        AuthorView neil = catalogue.author("Neil Gaiman");
        BookView goodOmens = catalogue.book("Good Omens", terry, neil);
        BookView coraline = catalogue.book("Coraline", neil);

        storeFails.set(true);
        assertThatThrownBy(() -> catalogue.useCases.deleteAuthor().deleteAuthor(neil.id(), true))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the store failed");
        storeFails.set(false);

        assertThat(catalogue.now(goodOmens)).isEqualTo(goodOmens);
        assertThat(catalogue.now(coraline)).isEqualTo(coraline);
        assertThat(catalogue.now(neil)).isEqualTo(neil);
        assertThat(catalogue.useCases.listBooksOfAuthor().listBooksOfAuthor(neil.id(), PageRequest.first()).items())
                .containsExactly(coraline, goodOmens);
    }

    @Test
    void a_registration_that_fails_after_storing_the_book_leaves_no_book_and_frees_its_isbn() {
        InMemoryCatalogue catalogue = withFailingBookDescriptions();
        AuthorView neil = catalogue.author("Neil Gaiman");

        storeFails.set(true);
        assertThatThrownBy(() -> catalogue.bookWithIsbn("Coraline", "978-0-306-40615-7"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the store failed");
        storeFails.set(false);

        assertThat(catalogue.useCases.findBooks().findBooks(BookFilter.all(), PageRequest.first()).items()).isEmpty();
        assertThat(catalogue.bookWithIsbn("Coraline", "0-306-40615-2").isbn().value()).isEqualTo("9780306406157");
        assertThat(catalogue.now(neil).version()).isEqualTo(1);
    }

    @Test
    void a_credit_that_fails_after_storing_it_leaves_the_book_as_it_was() {
        InMemoryCatalogue catalogue = withFailingBookDescriptions();
        AuthorView terry = catalogue.author("Terry Pratchett");
        AuthorView neil = catalogue.author("Neil Gaiman");
        BookView book = catalogue.book("Good Omens", terry);

        storeFails.set(true);
        assertThatThrownBy(() -> catalogue.useCases.creditAuthor().creditAuthor(book.id(), neil.id()))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the store failed");
        storeFails.set(false);

        assertThat(catalogue.now(book)).isEqualTo(book);
        assertThat(catalogue.useCases.creditAuthor().creditAuthor(book.id(), neil.id()).book().version()).isEqualTo(2);
    }

    @Test
    void concurrent_credits_of_different_authors_are_all_kept_one_version_each() throws Exception {
        InMemoryCatalogue catalogue = new InMemoryCatalogue(store);
        BookView book = catalogue.book("Anthology");
        List<AuthorView> authors = IntStream.rangeClosed(1, 16).mapToObj(n -> catalogue.author("Contributor " + n)).toList();

        List<CreditResult> results = concurrently(authors.stream()
                .map(author -> (Callable<CreditResult>) () -> catalogue.useCases.creditAuthor().creditAuthor(book.id(), author.id()))
                .toList());

        assertThat(results).allMatch(CreditResult::newlyCredited);
        BookView now = catalogue.now(book);
        assertThat(now.authors()).extracting(credited -> credited.id())
                .containsExactlyInAnyOrderElementsOf(authors.stream().map(AuthorView::id).toList());
        assertThat(now.version()).isEqualTo(1 + authors.size());
    }

    @Test
    void concurrent_credits_of_the_same_author_credit_them_once() throws Exception {
        InMemoryCatalogue catalogue = new InMemoryCatalogue(store);
        BookView book = catalogue.book("Good Omens");
        AuthorView neil = catalogue.author("Neil Gaiman");

        List<CreditResult> results = concurrently(IntStream.range(0, 16)
                .mapToObj(n -> (Callable<CreditResult>) () -> catalogue.useCases.creditAuthor().creditAuthor(book.id(), neil.id()))
                .toList());

        assertThat(results).filteredOn(CreditResult::newlyCredited).hasSize(1);
        assertThat(catalogue.now(book).authors()).hasSize(1);
        assertThat(catalogue.now(book).version()).isEqualTo(2);
    }

    /**
     * The use cases on the store, failing to describe a book (the last step of a change, once it is stored)
     * while {@link #storeFails} is set.
     */
    private InMemoryCatalogue withFailingBookDescriptions() {
        LoadBookPort failingLoads = failingWhenArmed(LoadBookPort.class, store.loadBooks(), "describe");
        return new InMemoryCatalogue(new DrivenPorts(store.unitOfWork(), failingLoads, store.storeBooks(),
                store.loadAuthors(), store.storeAuthors(), store.queryBooks(), store.queryAuthors(),
                store.idempotencyRecords(), store.countCatalogue(), store.matchCatalogue(), store.bulkStore(),
                store.importJobs(), store.scanBooks(), store.catalogueSnapshots()));
    }

    /** {@code port} as it is, except that {@code method} fails while {@link #storeFails} is set. */
    private <T> T failingWhenArmed(Class<T> port, T real, String method) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, called, args) -> {
            if (called.getName().equals(method) && storeFails.get()) {
                throw new IllegalStateException("the store failed in " + method);
            }
            try {
                return called.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    /** Runs every call at once, as far as the threads allow, and answers their results in order. */
    private static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = calls.stream().map(call -> threads.submit(() -> {
                start.await();
                return call.call();
            })).toList();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
