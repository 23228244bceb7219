package org.bookshelf.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bookshelf.adapter.persistence.contract.DrivenPortsContract.booksCrediting;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.IdempotencyKeyReusedException;
import org.bookshelf.application.exception.RegistrationGoneException;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.Registration;
import org.bookshelf.application.port.in.CreditAuthorUseCase.CreditResult;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.port.in.UpdateBookUseCase.UpdateBookCommand;
import org.bookshelf.application.port.out.AuthorRepository;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the use cases guarantee whatever adapter runs them: deletes that keep the catalogue whole, and
 * no lost update when many clients change one book at once ({@value #THREADS} threads).
 */
public abstract class CatalogueUseCasesContract {

    protected static final int THREADS = 20;

    private static final IdempotencyKey ALICE_KEY = new IdempotencyKey("alice", "9f2c4e1a-7d3b-4c8e-a5f6-0b1d2e3f4a5b");
    private static final IdempotencyKey BOB_KEY = new IdempotencyKey("bob", "register-once");

    protected DrivenPorts ports;
    protected BookshelfUseCases useCases;
    /** The use cases' clock: a fixed moment, moved on only by tests of idempotency keys' expiry. */
    protected final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

    private ExecutorService clients;

    /** The adapter under test, holding no book and no author. */
    protected abstract DrivenPorts emptyStore();

    /**
     * The positions stored for the book's credits in credit order, when the adapter stores positions
     * (empty otherwise).
     */
    protected Optional<List<Integer>> storedPositions(BookId bookId) {
        return Optional.empty();
    }

    /**
     * How many units of work the adapter has run again so far because they conflicted with concurrent
     * ones (0 for an adapter that never retries).
     */
    protected long retriedConflicts() {
        return 0;
    }

    @BeforeEach
    void startEmpty() {
        ports = emptyStore();
        useCases = new BookshelfUseCases(ports, clock);
        clients = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    // Deletes

    @Test
    void deleting_a_book_removes_its_credits_and_leaves_its_authors() {
        AuthorView author = registerAuthor("Stays");
        BookView book = registerBook("Goes", author.id());

        useCases.deleteBook().deleteBook(book.id());

        assertThat(ports.reads().findBook(book.id())).isEmpty();
        assertThat(booksCrediting(ports.reads(), author.id())).isZero();
        assertThat(useCases.getAuthor().getAuthor(author.id())).isEqualTo(author);
    }

    @Test
    void deleting_a_credited_author_without_unlinking_is_refused_and_changes_nothing() {
        AuthorView author = registerAuthor("Credited");
        BookView book = registerBook("Credits them", author.id());

        assertThatThrownBy(() -> useCases.deleteAuthor().deleteAuthor(author.id(), false))
                .isInstanceOfSatisfying(
                        AuthorStillCreditedException.class,
                        refused -> assertThat(refused.bookCount()).isEqualTo(1));

        assertThat(useCases.getAuthor().getAuthor(author.id())).isEqualTo(author);
        assertThat(useCases.getBook().getBook(book.id())).isEqualTo(book);
    }

    @Test
    void deleting_a_credited_author_with_unlinking_removes_every_credit_moves_those_books_on_and_deletes() {
        AuthorView leaving = registerAuthor("Leaving");
        AuthorView staying = registerAuthor("Staying");
        BookView first = registerBook("First", leaving.id(), staying.id());
        BookView second = registerBook("Second", staying.id(), leaving.id());
        BookView untouched = registerBook("Untouched", staying.id());

        useCases.deleteAuthor().deleteAuthor(leaving.id(), true);

        assertThat(ports.reads().findAuthor(leaving.id())).isEmpty();
        for (BookView before : List.of(first, second)) {
            BookView after = useCases.getBook().getBook(before.id());
            assertThat(after.authors())
                    .containsExactly(new CreditedAuthor(staying.id(), staying.name(), staying.version()));
            assertThat(after.version()).isEqualTo(before.version() + 1);
        }
        assertThat(useCases.getBook().getBook(untouched.id())).isEqualTo(untouched);
    }

    @Test
    void deleting_with_unlinking_is_all_or_nothing() {
        AuthorView leaving = registerAuthor("Leaving");
        BookView first = registerBook("First", leaving.id());
        BookView second = registerBook("Second", leaving.id());
        IllegalStateException failure = new IllegalStateException("the store failed after unlinking");
        DrivenPorts failingAtTheEnd = new DrivenPorts(
                ports.unitOfWork(),
                ports.books(),
                failingDeletes(ports.authors(), failure),
                ports.reads(),
                ports.idempotencyRecords(),
                ports.bulkCatalogue(),
                ports.importJobs(),
                ports.catalogueSnapshots());

        assertThatThrownBy(() ->
                        new BookshelfUseCases(failingAtTheEnd).deleteAuthor().deleteAuthor(leaving.id(), true))
                .isSameAs(failure);

        assertThat(useCases.getAuthor().getAuthor(leaving.id())).isEqualTo(leaving);
        assertThat(useCases.getBook().getBook(first.id())).isEqualTo(first);
        assertThat(useCases.getBook().getBook(second.id())).isEqualTo(second);
    }

    @Test
    void a_registration_or_a_credit_failing_once_stored_leaves_no_trace_and_the_isbn_free() {
        AuthorView author = registerAuthor("Neil Gaiman");
        BookView book = registerBook("Good Omens");
        IllegalStateException failure = new IllegalStateException("the store failed once the book was saved");
        BookshelfUseCases failingOnceSaved = new BookshelfUseCases(new DrivenPorts(
                ports.unitOfWork(),
                failingOnceSaved(ports.books(), failure),
                ports.authors(),
                ports.reads(),
                ports.idempotencyRecords(),
                ports.bulkCatalogue(),
                ports.importJobs(),
                ports.catalogueSnapshots()));

        assertThatThrownBy(() -> failingOnceSaved
                        .registerBook()
                        .registerBook(bookCommand("Coraline", "978-0-306-40615-7", null, author.id())))
                .isSameAs(failure);
        assertThatThrownBy(() -> failingOnceSaved.creditAuthor().creditAuthor(book.id(), author.id()))
                .isSameAs(failure);

        assertThat(useCases.findBooks()
                        .findBooks(BookFilter.all(), PageRequest.first())
                        .items())
                .containsExactly(book);
        assertThat(useCases.registerBook()
                        .registerBook(bookCommand("Coraline", "0-306-40615-2", null))
                        .isbn())
                .isEqualTo(Isbn.parse("9780306406157"));
        assertThat(useCases.getAuthor().getAuthor(author.id())).isEqualTo(author);
    }

    // Concurrency

    @Test
    void many_different_authors_credited_at_once_are_all_credited_each_with_its_own_version() throws Exception {
        BookView book = registerBook("Crowded");
        List<AuthorView> authors = IntStream.range(0, THREADS)
                .mapToObj(i -> registerAuthor("Author " + i))
                .toList();

        List<Outcome<CreditResult>> outcomes = concurrently(
                THREADS,
                i -> useCases.creditAuthor()
                        .creditAuthor(book.id(), authors.get(i).id()));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        assertThat(outcomes)
                .allSatisfy(
                        outcome -> assertThat(outcome.value().newlyCredited()).isTrue());
        assertThat(outcomes.stream()
                        .map(outcome -> outcome.value().book().version())
                        .collect(Collectors.toSet()))
                .as("each credit saw the book one version further")
                .isEqualTo(LongStream.rangeClosed(book.version() + 1, book.version() + THREADS)
                        .boxed()
                        .collect(Collectors.toSet()));
        BookView after = useCases.getBook().getBook(book.id());
        assertThat(after.authors())
                .extracting(CreditedAuthor::id)
                .containsExactlyInAnyOrderElementsOf(
                        authors.stream().map(AuthorView::id).toList());
        assertThat(after.version()).isEqualTo(book.version() + THREADS);
        storedPositions(book.id())
                .ifPresent(positions -> assertThat(positions)
                        .isEqualTo(IntStream.rangeClosed(1, THREADS).boxed().toList()));
    }

    @Test
    void one_author_credited_by_many_clients_at_once_is_credited_once_without_an_error() throws Exception {
        AuthorView author = registerAuthor("Popular");
        BookView book = registerBook("Contested");

        List<Outcome<CreditResult>> outcomes =
                concurrently(THREADS, i -> useCases.creditAuthor().creditAuthor(book.id(), author.id()));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        assertThat(outcomes)
                .filteredOn(outcome -> outcome.value().newlyCredited())
                .hasSize(1);
        assertThat(outcomes)
                .allSatisfy(outcome -> assertThat(outcome.value().book().authors())
                        .containsExactly(new CreditedAuthor(author.id(), author.name(), author.version())));
        BookView after = useCases.getBook().getBook(book.id());
        assertThat(after.authors()).hasSize(1);
        assertThat(after.version()).isEqualTo(book.version() + 1);
        assertThat(booksCrediting(ports.reads(), author.id())).isEqualTo(1);
        storedPositions(book.id()).ifPresent(positions -> assertThat(positions).containsExactly(1));
    }

    @Test
    void clients_crediting_authors_on_different_books_at_once_all_succeed_without_colliding() throws Exception {
        int rounds = 5;
        List<AuthorView> authors = IntStream.range(0, THREADS)
                .mapToObj(i -> registerAuthor("Author " + i))
                .toList();
        long retriedBefore = retriedConflicts();
        List<Throwable> failures = new ArrayList<>();
        List<BookView> credited = new ArrayList<>();

        for (int round = 0; round < rounds; round++) {
            int r = round;
            List<BookView> books = IntStream.range(0, THREADS)
                    .mapToObj(i -> registerBook("Round " + r + " book " + i))
                    .toList();

            List<Outcome<CreditResult>> outcomes = concurrently(
                    THREADS,
                    i -> useCases.creditAuthor()
                            .creditAuthor(books.get(i).id(), authors.get(i).id()));

            for (int i = 0; i < THREADS; i++) {
                if (outcomes.get(i).failure() != null) {
                    failures.add(outcomes.get(i).failure());
                } else {
                    credited.add(books.get(i));
                }
            }
        }

        long retried = retriedConflicts() - retriedBefore;
        System.out.printf(
                "%d clients x %d rounds crediting an author each on its own book: %d of %d calls failed,"
                        + " %d units of work retried%n",
                THREADS, rounds, failures.size(), THREADS * rounds, retried);
        assertThat(failures).isEmpty();
        for (BookView before : credited) {
            BookView after = useCases.getBook().getBook(before.id());
            assertThat(after.authors()).hasSize(1);
            assertThat(after.version()).isEqualTo(before.version() + 1);
            storedPositions(after.id())
                    .ifPresent(positions -> assertThat(positions).containsExactly(1));
        }
        assertThat(retried)
                .as("units of work retried because writers of different books collided")
                .isZero();
    }

    @Test
    void deleting_an_author_with_unlinking_while_others_credit_leaves_every_book_whole() throws Exception {
        AuthorView leaving = registerAuthor("Leaving");
        List<AuthorView> others = IntStream.range(0, 6)
                .mapToObj(i -> registerAuthor("Other " + i))
                .toList();
        List<BookView> books = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            books.add(
                    i < 3
                            ? registerBook("Book " + i, others.get(i).id(), leaving.id())
                            : registerBook("Book " + i, others.get(i).id()));
        }
        int deleter = THREADS / 2;

        List<Outcome<Object>> outcomes = concurrently(THREADS, i -> {
            if (i == deleter) {
                useCases.deleteAuthor().deleteAuthor(leaving.id(), true);
                return null;
            }
            BookView book = books.get(i % books.size());
            AuthorId credited = i % 2 == 0
                    ? leaving.id()
                    : others.get((i / 2) % others.size()).id();
            return useCases.creditAuthor().creditAuthor(book.id(), credited);
        });

        assertThat(outcomes.get(deleter).failure()).isNull();
        assertThat(ports.reads().findAuthor(leaving.id())).isEmpty();
        assertThat(booksCrediting(ports.reads(), leaving.id())).isZero();
        Map<BookId, Long> newCredits = new HashMap<>();
        Map<BookId, Boolean> creditedLeaving = new HashMap<>();
        for (int i = 0; i < THREADS; i++) {
            if (i == deleter) {
                continue;
            }
            Outcome<Object> outcome = outcomes.get(i);
            BookId bookId = books.get(i % books.size()).id();
            if (outcome.failure() != null) {
                assertThat(outcome.failure())
                        .as("only crediting the deleted author may fail")
                        .isInstanceOf(AuthorNotFoundException.class);
                assertThat(i % 2).isZero();
            } else if (((CreditResult) outcome.value()).newlyCredited()) {
                newCredits.merge(bookId, 1L, Long::sum);
                if (i % 2 == 0) {
                    creditedLeaving.put(bookId, true);
                }
            }
        }
        for (int b = 0; b < books.size(); b++) {
            BookView before = books.get(b);
            BookView after = useCases.getBook().getBook(before.id());
            boolean hadLeavingWhenDeleted = b < 3 || creditedLeaving.getOrDefault(before.id(), false);
            assertThat(after.version())
                    .as("version of %s", before.title())
                    .isEqualTo(before.version()
                            + newCredits.getOrDefault(before.id(), 0L)
                            + (hadLeavingWhenDeleted ? 1 : 0));
            assertThat(after.authors())
                    .extracting(CreditedAuthor::id)
                    .doesNotContain(leaving.id())
                    .doesNotHaveDuplicates()
                    .startsWith(others.get(b).id());
            storedPositions(before.id())
                    .ifPresent(positions -> assertThat(positions)
                            .hasSize(after.authors().size())
                            .isSorted()
                            .doesNotHaveDuplicates());
        }
    }

    // Idempotent registration

    @Test
    void a_repeated_key_answers_the_first_registration_as_it_is_now_and_registers_nothing() {
        AuthorView author = registerAuthor("Frank Herbert");
        RegisterBookCommand dune = bookCommand(" Dune ", "0-441-17271-7", 1965, author.id());
        Registration<BookView> first = useCases.registerBook().registerBook(dune, ALICE_KEY);
        clock.advance(Duration.ofHours(23));
        useCases.updateBook()
                .updateBook(new UpdateBookCommand(first.registered().id(), new Title("Dune (1965)"), null, null, null));

        Registration<BookView> again = useCases.registerBook()
                .registerBook(bookCommand("Dune", "9780441172719", 1965, author.id()), ALICE_KEY);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.registered())
                .isEqualTo(useCases.getBook().getBook(first.registered().id()));
        assertThat(again.registered().title().value()).isEqualTo("Dune (1965)");
        assertThat(allBooks()).hasSize(1);
    }

    @Test
    void an_author_registered_under_a_key_is_answered_again_for_the_same_name() {
        Registration<AuthorView> first =
                useCases.registerAuthor().registerAuthor(new AuthorName("Ursula Le Guin"), ALICE_KEY);

        Registration<AuthorView> again =
                useCases.registerAuthor().registerAuthor(new AuthorName(" Ursula Le Guin"), ALICE_KEY);

        assertThat(again).isEqualTo(new Registration<>(first.registered(), true));
        assertThat(ports.reads().findAuthors(AuthorFilter.all(), null, 10).items())
                .hasSize(1);
    }

    @Test
    void a_key_sent_with_another_request_is_refused_and_changes_nothing() {
        AuthorView first = registerAuthor("First");
        AuthorView second = registerAuthor("Second");
        BookView registered = useCases.registerBook()
                .registerBook(bookCommand("Dune", null, null, first.id(), second.id()), ALICE_KEY)
                .registered();

        for (RegisterBookCommand other : List.of(
                bookCommand("Emma", null, null, first.id(), second.id()),
                bookCommand("Dune", null, null, second.id(), first.id()),
                bookCommand("Dune", "0-441-17271-7", null, first.id(), second.id()),
                bookCommand("Dune", null, 1965, first.id(), second.id()),
                bookCommand("Dune", null, null, first.id()))) {
            assertThatThrownBy(() -> useCases.registerBook().registerBook(other, ALICE_KEY))
                    .as(other.toString())
                    .isInstanceOf(IdempotencyKeyReusedException.class);
        }
        assertThatThrownBy(() -> useCases.registerAuthor().registerAuthor(new AuthorName("Dune"), ALICE_KEY))
                .as("the same key for the other kind of registration")
                .isInstanceOf(IdempotencyKeyReusedException.class);

        assertThat(allBooks()).containsExactly(registered);
        assertThat(ports.reads().findAuthors(AuthorFilter.all(), null, 10).items())
                .containsExactly(first, second);
    }

    @Test
    void a_key_belongs_to_its_principal() {
        RegisterBookCommand dune = bookCommand("Dune", null, null);

        BookView alices = useCases.registerBook().registerBook(dune, ALICE_KEY).registered();
        Registration<BookView> bobs =
                useCases.registerBook().registerBook(dune, new IdempotencyKey("bob", ALICE_KEY.key()));

        assertThat(bobs.replayed()).isFalse();
        assertThat(bobs.registered().id()).isNotEqualTo(alices.id());
        assertThat(allBooks()).hasSize(2);
    }

    @Test
    void a_key_is_free_again_24_hours_after_its_registration() {
        BookView dune = useCases.registerBook()
                .registerBook(bookCommand("Dune", null, null), ALICE_KEY)
                .registered();

        clock.advance(Duration.ofHours(24));
        assertThat(useCases.registerBook().registerBook(bookCommand("Dune", null, null), ALICE_KEY))
                .as("24 hours on the dot: still the first registration")
                .isEqualTo(new Registration<>(dune, true));
        assertThatThrownBy(() -> useCases.registerBook().registerBook(bookCommand("Emma", null, null), ALICE_KEY))
                .isInstanceOf(IdempotencyKeyReusedException.class);

        clock.advance(Duration.ofMillis(1));
        Registration<BookView> emma = useCases.registerBook().registerBook(bookCommand("Emma", null, null), ALICE_KEY);
        assertThat(emma.replayed()).isFalse();
        assertThat(useCases.registerBook().registerBook(bookCommand("Emma", null, null), ALICE_KEY))
                .isEqualTo(new Registration<>(emma.registered(), true));
        assertThat(allBooks()).extracting(book -> book.title().value()).containsExactly("Dune", "Emma");
    }

    @Test
    void registering_under_a_key_forgets_keys_that_expired() {
        useCases.registerAuthor().registerAuthor(new AuthorName("Old"), new IdempotencyKey("alice", "old"));
        clock.advance(Duration.ofHours(25));

        useCases.registerAuthor().registerAuthor(new AuthorName("New"), new IdempotencyKey("bob", "new"));

        Instant afterEverything = clock.instant().plusSeconds(1);
        assertThat(ports.unitOfWork().run(() -> ports.idempotencyRecords().forgetOlderThan(afterEverything, 10)))
                .as("records left: the new key's only")
                .isEqualTo(1);
    }

    @Test
    void a_registration_deleted_since_cannot_be_answered_again() {
        BookView dune = useCases.registerBook()
                .registerBook(bookCommand("Dune", null, null), ALICE_KEY)
                .registered();
        useCases.deleteBook().deleteBook(dune.id());
        AuthorView author = useCases.registerAuthor()
                .registerAuthor(new AuthorName("Gone"), BOB_KEY)
                .registered();
        useCases.deleteAuthor().deleteAuthor(author.id(), false);

        assertThatThrownBy(() -> useCases.registerBook().registerBook(bookCommand("Dune", null, null), ALICE_KEY))
                .isInstanceOf(RegistrationGoneException.class)
                .hasMessageStartingWith("book " + dune.id().value() + ",");
        assertThatThrownBy(() -> useCases.registerAuthor().registerAuthor(new AuthorName("Gone"), BOB_KEY))
                .isInstanceOf(RegistrationGoneException.class)
                .hasMessageStartingWith("author " + author.id().value() + ",");
        assertThat(allBooks()).isEmpty();
        assertThat(ports.reads().findAuthors(AuthorFilter.all(), null, 10).items())
                .isEmpty();
    }

    @Test
    void many_clients_sending_one_request_with_one_key_at_once_register_one_book_and_all_get_it() throws Exception {
        AuthorView author = registerAuthor("Frank Herbert");
        RegisterBookCommand dune = bookCommand("Dune", "0-441-17271-7", 1965, author.id());
        long retriedBefore = retriedConflicts();

        List<Outcome<Registration<BookView>>> outcomes =
                concurrently(THREADS, i -> useCases.registerBook().registerBook(dune, ALICE_KEY));

        System.out.printf(
                "%d clients registering one book under one key: %d units of work retried%n",
                THREADS, retriedConflicts() - retriedBefore);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        assertThat(outcomes).filteredOn(outcome -> !outcome.value().replayed()).hasSize(1);
        assertThat(allBooks()).hasSize(1);
        BookView registered = allBooks().get(0);
        assertThat(outcomes)
                .allSatisfy(outcome -> assertThat(outcome.value().registered()).isEqualTo(registered));
        assertThat(retriedConflicts() - retriedBefore)
                .as("units of work retried: claims of one key queue, not deadlock")
                .isZero();
    }

    @Test
    void clients_sending_two_different_requests_with_one_key_at_once_register_one_of_them() throws Exception {
        List<RegisterBookCommand> requests = List.of(bookCommand("Dune", null, null), bookCommand("Emma", null, null));

        List<Outcome<Registration<BookView>>> outcomes =
                concurrently(THREADS, i -> useCases.registerBook().registerBook(requests.get(i % 2), ALICE_KEY));

        assertThat(allBooks()).hasSize(1);
        BookView registered = allBooks().get(0);
        int winner = registered.title().value().equals("Dune") ? 0 : 1;
        for (int i = 0; i < THREADS; i++) {
            Outcome<Registration<BookView>> outcome = outcomes.get(i);
            if (i % 2 == winner) {
                assertThat(outcome.failure()).isNull();
                assertThat(outcome.value().registered()).isEqualTo(registered);
            } else {
                assertThat(outcome.failure()).isInstanceOf(IdempotencyKeyReusedException.class);
            }
        }
        assertThat(outcomes)
                .filteredOn(
                        outcome -> outcome.value() != null && !outcome.value().replayed())
                .hasSize(1);
    }

    // Helpers

    protected AuthorView registerAuthor(String name) {
        return useCases.registerAuthor().registerAuthor(new AuthorName(name));
    }

    protected static RegisterBookCommand bookCommand(String title, String isbn, Integer year, AuthorId... authors) {
        return new RegisterBookCommand(
                new Title(title),
                isbn == null ? null : Isbn.parse(isbn),
                year == null ? null : new PublicationYear(year),
                Authorship.of(List.of(authors)));
    }

    protected List<BookView> allBooks() {
        return ports.reads().findBooks(BookFilter.all(), null, 100).items();
    }

    protected BookView registerBook(String title, AuthorId... authors) {
        return useCases.registerBook()
                .registerBook(new RegisterBookCommand(new Title(title), null, null, Authorship.of(List.of(authors))));
    }

    /** What one client got: a value, or the exception it saw. */
    protected record Outcome<T>(T value, Throwable failure) {}

    /** Runs {@code count} clients, released together, and answers each one's outcome in client order. */
    protected <T> List<Outcome<T>> concurrently(int count, IntFunction<T> client)
            throws InterruptedException, ExecutionException {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome<T>>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(clients.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return new Outcome<>(client.apply(index), null);
                } catch (RuntimeException e) {
                    return new Outcome<T>(null, e);
                }
            }));
        }
        ready.await();
        go.countDown();
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (Future<Outcome<T>> future : futures) {
            outcomes.add(future.get());
        }
        return outcomes;
    }

    /** {@code books}, except that each save throws {@code failure} once the book is saved. */
    private static BookRepository failingOnceSaved(BookRepository books, RuntimeException failure) {
        return (BookRepository) Proxy.newProxyInstance(
                BookRepository.class.getClassLoader(), new Class<?>[] {BookRepository.class}, (proxy, method, args) -> {
                    Object answer;
                    try {
                        answer = method.invoke(books, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("save")) {
                        throw failure;
                    }
                    return answer;
                });
    }

    private static AuthorRepository failingDeletes(AuthorRepository delegate, RuntimeException failure) {
        return new AuthorRepository() {
            @Override
            public AuthorId nextId() {
                return delegate.nextId();
            }

            @Override
            public Optional<Author> loadForUpdate(AuthorId authorId) {
                return delegate.loadForUpdate(authorId);
            }

            @Override
            public boolean exists(AuthorId authorId) {
                return delegate.exists(authorId);
            }

            @Override
            public void save(Author author) {
                delegate.save(author);
            }

            @Override
            public void delete(AuthorId authorId) {
                throw failure;
            }
        };
    }
}
