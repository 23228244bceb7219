package org.bookshelf.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.IdempotencyRecord;
import org.bookshelf.application.port.out.IdempotencyRecord.Kind;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of the driven ports guarantees, tested on the ports themselves. A subclass
 * supplies an empty store per test; the same tests then run on it unchanged.
 *
 * <p>From another module (through this module's test-jar): extend it and implement
 * {@link #emptyStore()}.
 */
public abstract class DrivenPortsContract extends StoreContract {

    /** A sorted pair whose case-folded keys compare differently by code point than by UTF-16 unit. */
    private static final String FULLWIDTH_A = "\uFF21";

    private static final String GRINNING_FACE = "\uD83D\uDE00";

    /** A moment to date idempotency records from; a whole second, so that any store keeps it exactly. */
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private static final Duration DAY = Duration.ofHours(24);

    // Authors

    @Test
    void a_registered_author_reads_back_by_id_and_loads_for_update() {
        Author author = registerAuthor("村上 春樹 📚");

        assertThat(ports.reads().findAuthor(author.id()))
                .contains(new AuthorView(author.id(), new AuthorName("村上 春樹 📚"), Author.FIRST_VERSION));
        Author loaded =
                inUnitOfWork(() -> ports.authors().loadForUpdate(author.id())).orElseThrow();
        assertThat(loaded.name()).isEqualTo(author.name());
        assertThat(loaded.version()).isEqualTo(Author.FIRST_VERSION);
    }

    @Test
    void fresh_author_and_book_ids_are_positive_and_never_repeat() {
        List<Long> authorIds = new ArrayList<>();
        List<Long> bookIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            authorIds.add(inUnitOfWork(() -> ports.authors().nextId()).value());
            bookIds.add(inUnitOfWork(() -> ports.books().nextId()).value());
        }
        assertThat(authorIds).doesNotHaveDuplicates().allMatch(id -> id > 0);
        assertThat(bookIds).doesNotHaveDuplicates().allMatch(id -> id > 0);
    }

    @Test
    void an_unknown_author_or_book_is_absent_everywhere() {
        AuthorId noAuthor = new AuthorId(999_999);
        BookId noBook = new BookId(999_999);

        assertThat(ports.reads().findAuthor(noAuthor)).isEmpty();
        assertThat(inUnitOfWork(() -> ports.authors().loadForUpdate(noAuthor))).isEmpty();
        assertThat(ports.reads().findBook(noBook)).isEmpty();
        assertThat(inUnitOfWork(() -> ports.books().loadForUpdate(noBook))).isEmpty();
        assertThat(inUnitOfWork(() -> ports.books().loadCreditingForUpdate(noAuthor)))
                .isEmpty();
        assertThat(booksCrediting(ports.reads(), noAuthor)).isZero();
    }

    @Test
    void renaming_at_the_expected_version_stores_the_name_and_the_new_version() {
        Author author = registerAuthor("Ursula Le Guin");

        inUnitOfWork(() -> {
            Author loaded = ports.authors().loadForUpdate(author.id()).orElseThrow();
            loaded.rename(new AuthorName("Ursula K. Le Guin"));
            ports.authors().save(loaded);
        });

        assertThat(ports.reads().findAuthor(author.id()))
                .contains(new AuthorView(author.id(), new AuthorName("Ursula K. Le Guin"), Author.FIRST_VERSION + 1));
    }

    @Test
    void renaming_at_a_stale_version_is_a_conflict_and_changes_nothing() {
        Author author = registerAuthor("Octavia Butler");
        Author stale = Author.reconstitute(author.id(), new AuthorName("Octavia E. Butler"), 6);
        stale.rename(new AuthorName("Someone Else"));

        assertVersionConflict(() -> ports.authors().save(stale), 6, Author.FIRST_VERSION);
        assertThat(ports.reads().findAuthor(author.id()).orElseThrow().name().value())
                .isEqualTo("Octavia Butler");
    }

    @Test
    void updating_an_author_that_does_not_exist_is_a_conflict() {
        Author ghost = Author.reconstitute(new AuthorId(424_242), new AuthorName("Ghost"), 1);
        ghost.rename(new AuthorName("Ghost, renamed"));

        assertThatThrownBy(() -> inUnitOfWork(() -> ports.authors().save(ghost)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(ports.reads().findAuthor(ghost.id())).isEmpty();
    }

    @Test
    void exists_answers_exactly_whether_the_author_exists() {
        Author first = registerAuthor("First");
        AuthorId missing = new AuthorId(777_777);

        assertThat(inUnitOfWork(() -> ports.authors().exists(first.id()))).isTrue();
        assertThat(inUnitOfWork(() -> ports.authors().exists(missing))).isFalse();
    }

    @Test
    void saving_an_unchanged_author_or_book_writes_nothing_and_answers_the_book_as_loaded() {
        Author author = registerAuthor("Unchanged");
        Book book = registerBook("Unchanged", author.id());

        BookView saved = inUnitOfWork(() -> {
            ports.authors().save(ports.authors().loadForUpdate(author.id()).orElseThrow());
            return ports.books().save(ports.books().loadForUpdate(book.id()).orElseThrow());
        });

        assertThat(saved).isEqualTo(ports.reads().findBook(book.id()).orElseThrow());
        assertThat(saved.version()).isEqualTo(Book.FIRST_VERSION);
        assertThat(ports.reads().findAuthor(author.id()).orElseThrow().version())
                .isEqualTo(Author.FIRST_VERSION);
    }

    @Test
    void deleting_an_uncredited_author_removes_it_and_deleting_a_missing_one_does_nothing() {
        Author author = registerAuthor("Short-lived");
        Author other = registerAuthor("Stays");

        inUnitOfWork(() -> {
            ports.authors().delete(author.id());
            ports.authors().delete(new AuthorId(999_999));
        });

        assertThat(ports.reads().findAuthor(author.id())).isEmpty();
        assertThat(ports.reads().findAuthor(other.id())).isPresent();
    }

    @Test
    void deleting_a_credited_author_is_refused_with_the_number_of_books_and_changes_nothing() {
        Author author = registerAuthor("Prolific");
        registerBook("One", author.id());
        registerBook("Two", author.id());

        assertThatThrownBy(() -> inUnitOfWork(() -> ports.authors().delete(author.id())))
                .isInstanceOfSatisfying(AuthorStillCreditedException.class, refused -> {
                    assertThat(refused.authorId()).isEqualTo(author.id());
                    assertThat(refused.bookCount()).isEqualTo(2);
                });
        assertThat(ports.reads().findAuthor(author.id())).isPresent();
        assertThat(booksCrediting(ports.reads(), author.id())).isEqualTo(2);
    }

    @Test
    void authors_are_listed_by_case_folded_name_then_id_one_keyset_page_after_another() {
        Author zed = registerAuthor("zed");
        Author annaLower = registerAuthor("anna");
        Author bob = registerAuthor("Bob");
        Author annaUpper = registerAuthor("Anna");
        Author umlaut = registerAuthor("Ärger");
        List<AuthorId> expected = List.of(annaLower.id(), annaUpper.id(), bob.id(), zed.id(), umlaut.id());

        assertThat(authorIds(
                        ports.reads().findAuthors(AuthorFilter.all(), null, 10).items()))
                .isEqualTo(expected);

        List<AuthorId> paged = new ArrayList<>();
        Keyset after = null;
        while (true) {
            List<AuthorView> page =
                    ports.reads().findAuthors(AuthorFilter.all(), after, 2).items();
            if (page.isEmpty()) {
                break;
            }
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            paged.addAll(authorIds(page));
            AuthorView last = page.get(page.size() - 1);
            after = new Keyset(0, last.name().sortKey(), last.id().value());
        }
        assertThat(paged).isEqualTo(expected);
    }

    @Test
    void the_exact_name_filter_is_case_sensitive() {
        Author lower = registerAuthor("anna");
        registerAuthor("Anna");
        registerAuthor("anna maria");

        assertThat(authorIds(ports.reads()
                        .findAuthors(new AuthorFilter(new AuthorName("anna"), null), null, 10)
                        .items()))
                .containsExactly(lower.id());
        assertThat(ports.reads()
                        .findAuthors(new AuthorFilter(new AuthorName("ANNA"), null), null, 10)
                        .items())
                .isEmpty();
    }

    @Test
    void the_name_search_finds_words_whatever_their_case_and_takes_wildcards_for_separators() {
        Author percent = registerAuthor("100% Fiction Collective");
        Author underscore = registerAuthor("snake_case");
        Author bang = registerAuthor("Bang!");
        Author plain = registerAuthor("Mario Puzo");
        registerAuthor("1000 Fictions");
        registerAuthor("snakeXcase");

        assertThat(authorIds(findAuthorsContaining("100% Coll"))).containsExactly(percent.id());
        assertThat(authorIds(findAuthorsContaining("Fict"))).hasSize(2);
        assertThat(authorIds(findAuthorsContaining("snake_CASE"))).containsExactly(underscore.id());
        assertThat(authorIds(findAuthorsContaining("bang!"))).containsExactly(bang.id());
        assertThat(authorIds(findAuthorsContaining("MARIO"))).containsExactly(plain.id());
        assertThat(findAuthorsContaining("ario")).isEmpty();
        assertThat(findAuthorsContaining("no such author")).isEmpty();
    }

    // Books

    @Test
    void a_registered_book_reads_back_with_its_authors_in_credit_order() {
        Author second = registerAuthor("Terry Pratchett");
        Author first = registerAuthor("Neil Gaiman");
        Book book = registerBookWith("Good Omens", "978-0-575-04800-3", 1990, first.id(), second.id());

        BookView view = ports.reads().findBook(book.id()).orElseThrow();
        assertThat(view)
                .isEqualTo(new BookView(
                        book.id(),
                        new Title("Good Omens"),
                        Isbn.parse("9780575048003"),
                        new PublicationYear(1990),
                        List.of(
                                new CreditedAuthor(first.id(), first.name(), first.version()),
                                new CreditedAuthor(second.id(), second.name(), second.version())),
                        Book.FIRST_VERSION));
        Book loaded = inUnitOfWork(() -> ports.books().loadForUpdate(book.id())).orElseThrow();
        assertThat(loaded.authorship().authorIds()).containsExactly(first.id(), second.id());
        assertThat(loaded.isbn()).contains(Isbn.parse("9780575048003"));
        assertThat(loaded.publishedYear()).contains(new PublicationYear(1990));
        assertThat(loaded.version()).isEqualTo(Book.FIRST_VERSION);
    }

    @Test
    void a_book_lists_each_credited_author_at_the_authors_current_version() {
        Author renamed = registerAuthor("Neil Gaiman");
        Author kept = registerAuthor("Terry Pratchett");
        Book book = registerBookWith("Good Omens", null, null, renamed.id(), kept.id());
        inUnitOfWork(() -> {
            Author loaded = ports.authors().loadForUpdate(renamed.id()).orElseThrow();
            loaded.rename(new AuthorName("N. Gaiman"));
            ports.authors().save(loaded);
        });

        BookView view = ports.reads().findBook(book.id()).orElseThrow();
        assertThat(view.authors())
                .containsExactly(
                        new CreditedAuthor(renamed.id(), new AuthorName("N. Gaiman"), Author.FIRST_VERSION + 1),
                        new CreditedAuthor(kept.id(), kept.name(), Author.FIRST_VERSION));
        assertThat(view.version()).isEqualTo(Book.FIRST_VERSION);
        assertThat(ports.reads().findBooks(BookFilter.all(), null, 10).items()).containsExactly(view);
    }

    @Test
    void books_without_isbn_year_or_authors_round_trip_and_may_be_many() {
        Book first = registerBook("Anonymous Tales");
        Book second = registerBook("More Anonymous Tales");

        for (Book book : List.of(first, second)) {
            BookView view = ports.reads().findBook(book.id()).orElseThrow();
            assertThat(view.isbn()).isNull();
            assertThat(view.publishedYear()).isNull();
            assertThat(view.authors()).isEmpty();
            assertThat(inUnitOfWork(() -> ports.books().loadForUpdate(book.id()))
                            .orElseThrow()
                            .authorship())
                    .isEqualTo(Authorship.none());
        }
    }

    @Test
    void a_second_book_with_the_same_isbn_is_refused_and_not_stored() {
        registerBookWith("Dune", "9780441172719", null);
        BookId secondId = inUnitOfWork(() -> ports.books().nextId());
        Book duplicate = Book.register(
                secondId, new Title("Dune (again)"), Isbn.parse("0-441-17271-7"), null, Authorship.none());

        assertThatThrownBy(() -> inUnitOfWork(() -> ports.books().save(duplicate)))
                .isInstanceOfSatisfying(
                        DuplicateIsbnException.class,
                        refused -> assertThat(refused.isbn()).isEqualTo(Isbn.parse("9780441172719")));
        assertThat(ports.reads().findBook(secondId)).isEmpty();
    }

    @Test
    void crediting_authors_that_do_not_exist_is_refused_naming_exactly_those() {
        Author known = registerAuthor("Known");
        AuthorId unknownOne = new AuthorId(888_001);
        AuthorId unknownTwo = new AuthorId(888_002);
        BookId bookId = inUnitOfWork(() -> ports.books().nextId());
        Book book = Book.register(
                bookId,
                new Title("Ghost Writers"),
                null,
                null,
                Authorship.of(List.of(known.id(), unknownOne, unknownTwo)));

        assertThatThrownBy(() -> inUnitOfWork(() -> ports.books().save(book)))
                .isInstanceOfSatisfying(
                        UnknownAuthorsException.class,
                        refused -> assertThat(refused.unknown()).containsExactlyInAnyOrder(unknownOne, unknownTwo));
        assertThat(ports.reads().findBook(bookId)).isEmpty();
        assertThat(booksCrediting(ports.reads(), known.id())).isZero();
    }

    @Test
    void updating_details_at_the_expected_version_stores_them_with_the_new_version() {
        Book book = registerBook("Teh Hobbit");

        inUnitOfWork(() -> {
            Book loaded = ports.books().loadForUpdate(book.id()).orElseThrow();
            loaded.updateDetails(new Title("The Hobbit"), Isbn.parse("978-0-261-10221-7"), new PublicationYear(1937));
            ports.books().save(loaded);
        });

        BookView view = ports.reads().findBook(book.id()).orElseThrow();
        assertThat(view.title().value()).isEqualTo("The Hobbit");
        assertThat(view.isbn()).isEqualTo(Isbn.parse("9780261102217"));
        assertThat(view.publishedYear()).isEqualTo(new PublicationYear(1937));
        assertThat(view.version()).isEqualTo(Book.FIRST_VERSION + 1);
        assertThat(titles(ports.reads()
                        .findBooks(new BookFilter(null, SearchQuery.parse("hobbit"), null), null, 10)
                        .items()))
                .containsExactly("The Hobbit");
        assertThat(ports.reads()
                        .findBooks(new BookFilter(null, SearchQuery.parse("teh"), null), null, 10)
                        .items())
                .isEmpty();
    }

    @Test
    void updating_a_book_at_a_stale_version_is_a_conflict_and_changes_nothing() {
        Book book = registerBook("Original");
        Book stale = Book.reconstitute(book.id(), new Title("Original"), null, null, Authorship.none(), 4);
        stale.updateDetails(new Title("Overwritten"), null, null);

        assertVersionConflict(() -> ports.books().save(stale), 4, Book.FIRST_VERSION);
        assertThat(ports.reads().findBook(book.id()).orElseThrow().title().value())
                .isEqualTo("Original");
    }

    @Test
    void taking_the_isbn_of_another_book_is_refused_but_keeping_ones_own_is_fine() {
        registerBookWith("Neuromancer", "9780441569595", 1984);
        Book other = registerBookWith("Count Zero", "9780441117734", 1986);

        assertThatThrownBy(() -> inUnitOfWork(() -> {
                    Book loaded = ports.books().loadForUpdate(other.id()).orElseThrow();
                    loaded.updateDetails(loaded.title(), Isbn.parse("9780441569595"), null);
                    ports.books().save(loaded);
                }))
                .isInstanceOf(DuplicateIsbnException.class);

        inUnitOfWork(() -> {
            Book loaded = ports.books().loadForUpdate(other.id()).orElseThrow();
            loaded.updateDetails(
                    new Title("Count Zero (Sprawl 2)"), loaded.isbn().orElseThrow(), null);
            ports.books().save(loaded);
        });
        BookView view = ports.reads().findBook(other.id()).orElseThrow();
        assertThat(view.isbn()).isEqualTo(Isbn.parse("9780441117734"));
        assertThat(view.publishedYear()).isNull();
        assertThat(view.version()).isEqualTo(Book.FIRST_VERSION + 1);
    }

    @Test
    void credits_removals_and_reorders_are_stored_in_order_each_with_a_new_version() {
        Author a = registerAuthor("A");
        Author b = registerAuthor("B");
        Author c = registerAuthor("C");
        Author d = registerAuthor("D");
        Book book = registerBook("Anthology", a.id(), b.id());

        changeBook(book.id(), loaded -> loaded.credit(c.id()));
        assertThat(creditedIds(book.id())).containsExactly(a.id(), b.id(), c.id());
        changeBook(book.id(), loaded -> loaded.removeCredit(a.id()));
        assertThat(creditedIds(book.id())).containsExactly(b.id(), c.id());
        changeBook(book.id(), loaded -> loaded.replaceAuthorship(Authorship.of(List.of(c.id(), d.id(), b.id()))));
        assertThat(creditedIds(book.id())).containsExactly(c.id(), d.id(), b.id());
        changeBook(
                book.id(), loaded -> loaded.replaceAuthorship(Authorship.of(List.of(b.id(), a.id(), c.id(), d.id()))));
        assertThat(creditedIds(book.id())).containsExactly(b.id(), a.id(), c.id(), d.id());
        changeBook(
                book.id(), loaded -> loaded.replaceAuthorship(Authorship.of(List.of(d.id(), c.id(), b.id(), a.id()))));
        assertThat(creditedIds(book.id())).containsExactly(d.id(), c.id(), b.id(), a.id());
        changeBook(book.id(), loaded -> loaded.replaceAuthorship(Authorship.none()));
        assertThat(creditedIds(book.id())).isEmpty();
        changeBook(book.id(), loaded -> loaded.credit(a.id()));

        BookView view = ports.reads().findBook(book.id()).orElseThrow();
        assertThat(view.authors()).containsExactly(new CreditedAuthor(a.id(), a.name(), a.version()));
        assertThat(view.version()).isEqualTo(Book.FIRST_VERSION + 7);
        assertThat(inUnitOfWork(() -> ports.books().loadForUpdate(book.id()))
                        .orElseThrow()
                        .authorship()
                        .authorIds())
                .containsExactly(a.id());
    }

    @Test
    void crediting_an_author_that_does_not_exist_on_update_is_refused_and_changes_nothing() {
        Author a = registerAuthor("A");
        Book book = registerBook("Solo", a.id());
        AuthorId unknown = new AuthorId(654_321);

        assertThatThrownBy(() -> changeBook(book.id(), loaded -> loaded.credit(unknown)))
                .isInstanceOfSatisfying(
                        UnknownAuthorsException.class,
                        refused -> assertThat(refused.unknown()).containsExactly(unknown));
        BookView view = ports.reads().findBook(book.id()).orElseThrow();
        assertThat(view.authors()).extracting(CreditedAuthor::id).containsExactly(a.id());
        assertThat(view.version()).isEqualTo(Book.FIRST_VERSION);
    }

    @Test
    void a_book_saved_is_answered_as_it_now_is_with_its_authors_names_and_versions() {
        Author a = registerAuthor("A");
        Author b = registerAuthor("B");
        Author c = registerAuthor("C");
        Book book = registerBook("Before", a.id(), b.id());
        renameAuthor(b, "B renamed");

        BookView saved = inUnitOfWork(() -> {
            Book loaded = ports.books().loadForUpdate(book.id()).orElseThrow();
            loaded.updateDetails(new Title("After"), Isbn.parse("9780306406157"), new PublicationYear(1999));
            loaded.replaceAuthorship(Authorship.of(List.of(c.id(), b.id())));
            return ports.books().save(loaded);
        });

        assertThat(saved).isEqualTo(ports.reads().findBook(book.id()).orElseThrow());
        assertThat(saved.title().value()).isEqualTo("After");
        assertThat(saved.version()).isEqualTo(Book.FIRST_VERSION + 2);
        assertThat(saved.authors())
                .containsExactly(
                        new CreditedAuthor(c.id(), c.name(), c.version()),
                        new CreditedAuthor(b.id(), new AuthorName("B renamed"), b.version() + 1));
    }

    @Test
    void the_revision_as_loaded_holds_the_loaded_version_and_the_credited_authors_versions_of_then() {
        Author a = registerAuthor("A");
        Author b = registerAuthor("B");
        Author c = registerAuthor("C");
        Book book = registerBook("Revised", a.id(), b.id());
        renameAuthor(b, "B renamed");
        BookRevision before = ports.reads().findBook(book.id()).orElseThrow().revision();

        BookRevision asLoaded = inUnitOfWork(() -> {
            Book loaded = ports.books().loadForUpdate(book.id()).orElseThrow();
            loaded.replaceAuthorship(Authorship.of(List.of(c.id())));
            return ports.books().revisionAsLoaded(loaded);
        });

        assertThat(asLoaded).isEqualTo(before).isEqualTo(new BookRevision(Book.FIRST_VERSION, 3));
    }

    @Test
    void several_books_changed_together_are_all_stored_each_with_its_new_version() {
        Author leaving = registerAuthor("Leaving");
        Author staying = registerAuthor("Staying");
        Author newcomer = registerAuthor("Newcomer");
        Book first = registerBook("First", staying.id(), leaving.id());
        Book second = registerBook("Second", leaving.id());
        changeBook(second.id(), loaded -> loaded.updateDetails(new Title("Second"), null, new PublicationYear(2001)));
        Book third = registerBook("Third", leaving.id(), staying.id());

        inUnitOfWork(() -> {
            List<Book> changed = ports.books().loadCreditingForUpdate(leaving.id());
            for (Book loaded : changed) {
                loaded.removeCredit(leaving.id());
                if (loaded.id().equals(third.id())) {
                    loaded.updateDetails(new Title("Third, revised"), null, null);
                    loaded.credit(newcomer.id());
                }
            }
            ports.books().saveAll(changed);
        });

        assertThat(creditedIds(first.id())).containsExactly(staying.id());
        assertThat(creditedIds(second.id())).isEmpty();
        assertThat(creditedIds(third.id())).containsExactly(staying.id(), newcomer.id());
        assertThat(ports.reads().findBook(first.id()).orElseThrow().version()).isEqualTo(Book.FIRST_VERSION + 1);
        BookView secondNow = ports.reads().findBook(second.id()).orElseThrow();
        assertThat(secondNow.version()).isEqualTo(Book.FIRST_VERSION + 2);
        assertThat(secondNow.publishedYear()).isEqualTo(new PublicationYear(2001));
        BookView thirdNow = ports.reads().findBook(third.id()).orElseThrow();
        assertThat(thirdNow.title().value()).isEqualTo("Third, revised");
        assertThat(thirdNow.version()).isEqualTo(Book.FIRST_VERSION + 3);
        assertThat(booksCrediting(ports.reads(), leaving.id())).isZero();
    }

    @Test
    void several_books_stored_together_with_one_at_a_stale_version_is_a_conflict_and_changes_nothing() {
        Author author = registerAuthor("Author");
        Book fresh = registerBook("Fresh", author.id());
        Book stale = registerBook("Stale", author.id());

        assertThatThrownBy(() -> inUnitOfWork(() -> {
                    Book freshLoaded = ports.books().loadForUpdate(fresh.id()).orElseThrow();
                    Book staleLoaded = Book.reconstitute(
                            stale.id(), stale.title(), null, null, stale.authorship(), Book.FIRST_VERSION + 5);
                    freshLoaded.removeCredit(author.id());
                    staleLoaded.removeCredit(author.id());
                    ports.books().saveAll(List.of(freshLoaded, staleLoaded));
                }))
                .isInstanceOf(VersionConflictException.class);

        assertThat(creditedIds(fresh.id())).containsExactly(author.id());
        assertThat(creditedIds(stale.id())).containsExactly(author.id());
        assertThat(ports.reads().findBook(fresh.id()).orElseThrow().version()).isEqualTo(Book.FIRST_VERSION);
    }

    @Test
    void deleting_a_book_removes_it_and_its_credits_but_not_its_authors() {
        Author author = registerAuthor("Survivor");
        Book doomed = registerBook("Doomed", author.id());
        Book kept = registerBook("Kept", author.id());

        inUnitOfWork(() -> {
            ports.books().delete(doomed.id());
            ports.books().delete(new BookId(999_999));
        });

        assertThat(ports.reads().findBook(doomed.id())).isEmpty();
        assertThat(ports.reads().findBook(kept.id())).isPresent();
        assertThat(ports.reads().findAuthor(author.id())).isPresent();
        assertThat(booksCrediting(ports.reads(), author.id())).isEqualTo(1);
        assertThat(titles(ports.reads()
                        .findBooks(BookFilter.creditedTo(author.id()), null, 10)
                        .items()))
                .containsExactly("Kept");
    }

    @Test
    void loading_the_books_crediting_an_author_answers_each_in_id_order_with_all_its_authors() {
        Author shared = registerAuthor("Shared");
        Author other = registerAuthor("Other");
        Book first = registerBook("Zeta", other.id(), shared.id());
        registerBook("Unrelated", other.id());
        Book third = registerBook("Alpha", shared.id());

        List<Book> crediting = inUnitOfWork(() -> ports.books().loadCreditingForUpdate(shared.id()));

        assertThat(crediting).extracting(Book::id).containsExactly(first.id(), third.id());
        assertThat(crediting.get(0).authorship().authorIds()).containsExactly(other.id(), shared.id());
        assertThat(crediting.get(1).authorship().authorIds()).containsExactly(shared.id());
        assertThat(booksCrediting(ports.reads(), shared.id())).isEqualTo(2);
        assertThat(booksCrediting(ports.reads(), other.id())).isEqualTo(2);
    }

    @Test
    void books_are_listed_by_case_folded_title_then_id_one_keyset_page_after_another() {
        Book zebra = registerBook("zebra");
        Book appleLower = registerBook("apple");
        Book banana = registerBook("Banana");
        Book appleUpper = registerBook("Apple");
        Book umlaut = registerBook("Äpfel");
        Book appleAgain = registerBook("apple");
        List<BookId> expected =
                List.of(appleLower.id(), appleUpper.id(), appleAgain.id(), banana.id(), zebra.id(), umlaut.id());

        assertThat(bookIds(ports.reads().findBooks(BookFilter.all(), null, 10).items()))
                .isEqualTo(expected);
        assertThat(bookIds(ports.reads().findBooks(BookFilter.all(), null, 2).items()))
                .isEqualTo(expected.subList(0, 2));
        assertThat(bookIds(pagedBooks(BookFilter.all(), 2))).isEqualTo(expected);
        assertThat(bookIds(pagedBooks(BookFilter.all(), 1))).isEqualTo(expected);
    }

    @Test
    void the_exact_title_filter_is_case_sensitive() {
        Book exact = registerBook("It");
        registerBook("IT");
        registerBook("it");
        registerBook("It Ends With Us");

        assertThat(bookIds(ports.reads()
                        .findBooks(new BookFilter(new Title("It"), null, null), null, 10)
                        .items()))
                .containsExactly(exact.id());
    }

    @Test
    void the_title_search_finds_words_whatever_their_case_and_takes_wildcards_for_separators() {
        Book percent = registerBook("100% Pure Fiction");
        Book underscore = registerBook("file_name.txt");
        Book bang = registerBook("Yes! Yes!");
        Book ofMore = registerBook("1000 Pure Fictions");
        registerBook("fileXname.txt");
        registerBook("Yes Yes");

        assertThat(bookIds(findBooksContaining("100% pure"))).hasSize(2);
        assertThat(bookIds(findBooksContaining("file_name"))).containsExactly(underscore.id());
        assertThat(bookIds(findBooksContaining("\"YES!\" -yes"))).hasSize(2).contains(bang.id());
        assertThat(bookIds(findBooksContaining("PURE FICTION"))).containsExactly(percent.id(), ofMore.id());
        assertThat(findBooksContaining("ure")).isEmpty();
    }

    @Test
    void filtering_by_author_lists_every_co_author_of_each_book_across_pages() {
        Author wanted = registerAuthor("Wanted");
        Author before = registerAuthor("Before");
        Author after = registerAuthor("After");
        Book c = registerBook("C", before.id(), wanted.id(), after.id());
        registerBook("B", before.id(), after.id());
        Book a = registerBook("A", wanted.id());
        Book d = registerBook("D", after.id(), wanted.id());

        List<BookView> listed = pagedBooks(BookFilter.creditedTo(wanted.id()), 1);

        assertThat(bookIds(listed)).containsExactly(a.id(), c.id(), d.id());
        assertThat(listed.get(1).authors())
                .extracting(CreditedAuthor::id)
                .containsExactly(before.id(), wanted.id(), after.id());
        assertThat(listed.get(2).authors())
                .extracting(CreditedAuthor::name)
                .containsExactly(after.name(), wanted.name());
    }

    @Test
    void every_criterion_of_a_filter_must_hold() {
        Author author = registerAuthor("Author");
        Book both = registerBook("Red Planet", author.id());
        registerBook("Red Sky");
        registerBook("Blue Planet", author.id());

        assertThat(bookIds(ports.reads()
                        .findBooks(new BookFilter(null, SearchQuery.parse("red"), author.id()), null, 10)
                        .items()))
                .containsExactly(both.id());
        assertThat(bookIds(ports.reads()
                        .findBooks(
                                new BookFilter(new Title("Red Planet"), SearchQuery.parse("planet"), author.id()),
                                null,
                                10)
                        .items()))
                .containsExactly(both.id());
        assertThat(ports.reads()
                        .findBooks(new BookFilter(new Title("Red Sky"), null, author.id()), null, 10)
                        .items())
                .isEmpty();
    }

    @Test
    void titles_and_names_in_any_script_round_trip_and_sort_by_code_point() {
        Author author = registerAuthor("Лев Толстой 🐻");
        Book emoji = registerBook(GRINNING_FACE + " Smiles");
        Book fullwidth = registerBook(FULLWIDTH_A + " Fullwidth");
        Book cjk = registerBook("三体", author.id());
        Book dotted = registerBook("\u0130stanbul Hat\u0131ras\u0131");

        assertThat(ports.reads().findBook(cjk.id()).orElseThrow().authors())
                .containsExactly(new CreditedAuthor(author.id(), new AuthorName("Лев Толстой 🐻"), author.version()));
        assertThat(ports.reads().findBook(emoji.id()).orElseThrow().title().value())
                .isEqualTo(GRINNING_FACE + " Smiles");
        // By code point: i (U+0069) < 三 (U+4E09) < ａ (U+FF41) < 😀 (U+1F600); by UTF-16 units 😀 would come before ａ.
        assertThat(bookIds(pagedBooks(BookFilter.all(), 1)))
                .containsExactly(dotted.id(), cjk.id(), fullwidth.id(), emoji.id());
        assertThat(bookIds(findBooksContaining("i\u0307stanbul"))).containsExactly(dotted.id());
        assertThat(bookIds(findBooksContaining("\uFF41"))).containsExactly(fullwidth.id());
        assertThat(bookIds(findBooksContaining(GRINNING_FACE + " SMILES"))).containsExactly(emoji.id());
        assertThat(authorIds(findAuthorsContaining("толстой 🐻"))).containsExactly(author.id());
    }

    @Test
    void a_title_of_the_longest_length_that_case_folding_lengthens_still_fits() {
        String longest = "\u0130".repeat(Title.MAX_LENGTH);
        Book book = registerBook(longest);

        assertThat(ports.reads().findBook(book.id()).orElseThrow().title().value())
                .isEqualTo(longest);
        assertThat(bookIds(findBooksContaining("i\u0307i\u0307"))).containsExactly(book.id());
    }

    // Idempotency records

    @Test
    void a_free_key_is_claimed_and_from_then_on_answers_its_record_to_every_other_claim() {
        IdempotencyRecord first = record("alice", "key-1", "first request", Kind.BOOK, 7, T0);
        IdempotencyRecord second = record("alice", "key-1", "second request", Kind.AUTHOR, 8, T0.plusSeconds(60));

        assertThat(inUnitOfWork(() -> ports.idempotencyRecords().claim(first, T0.minus(DAY))))
                .isEmpty();

        assertThat(inUnitOfWork(() -> ports.idempotencyRecords().claim(second, T0.minus(DAY))))
                .contains(first);
        assertThat(inUnitOfWork(() -> ports.idempotencyRecords().claim(second, T0)))
                .as("created at liveSince: live")
                .contains(first);
    }

    @Test
    void equal_keys_of_two_principals_are_two_keys_and_a_key_is_compared_exactly() {
        IdempotencyRecord alices = record("alice", "key-1", "request", Kind.BOOK, 1, T0);
        IdempotencyRecord bobs = record("bob", "key-1", "request", Kind.BOOK, 2, T0);
        IdempotencyRecord otherCase = record("alice", "KEY-1", "request", Kind.BOOK, 3, T0);
        IdempotencyRecord trailingSpace = record("alice", "key-1 ", "request", Kind.BOOK, 4, T0);
        IdempotencyRecord unicodePrincipal = record("Ålice 📚", "key-1", "request", Kind.BOOK, 5, T0);

        for (IdempotencyRecord record : List.of(alices, bobs, otherCase, trailingSpace, unicodePrincipal)) {
            assertThat(inUnitOfWork(() -> ports.idempotencyRecords().claim(record, T0.minus(DAY))))
                    .as(record.toString())
                    .isEmpty();
        }
        for (IdempotencyRecord record : List.of(alices, bobs, otherCase, trailingSpace, unicodePrincipal)) {
            IdempotencyRecord again = new IdempotencyRecord(record.key(), "again", Kind.AUTHOR, 99, T0.plusSeconds(1));
            assertThat(inUnitOfWork(() -> ports.idempotencyRecords().claim(again, T0.minus(DAY))))
                    .contains(record);
        }
    }

    @Test
    void a_record_created_before_live_since_no_longer_holds_its_key_and_is_replaced() {
        IdempotencyRecord old = record("alice", "key-1", "old request", Kind.BOOK, 1, T0);
        IdempotencyRecord renewed = record(
                "alice", "key-1", "new request", Kind.AUTHOR, 2, T0.plus(DAY).plusSeconds(1));
        inUnitOfWork(() -> ports.idempotencyRecords().claim(old, T0.minus(DAY)));

        assertThat(inUnitOfWork(() -> ports.idempotencyRecords().claim(renewed, T0.plusNanos(1_000))))
                .isEmpty();

        IdempotencyRecord probe =
                record("alice", "key-1", "probe", Kind.BOOK, 3, T0.plus(DAY).plusSeconds(2));
        assertThat(inUnitOfWork(() -> ports.idempotencyRecords().claim(probe, T0)))
                .contains(renewed);
    }

    @Test
    void a_claim_in_a_unit_of_work_that_fails_is_not_kept() {
        IdempotencyRecord doomed = record("alice", "key-1", "doomed", Kind.BOOK, 1, T0);
        IllegalStateException failure = new IllegalStateException("the registration failed");

        assertThatThrownBy(() -> inUnitOfWork(() -> {
                    assertThat(ports.idempotencyRecords().claim(doomed, T0.minus(DAY)))
                            .isEmpty();
                    throw failure;
                }))
                .isSameAs(failure);

        IdempotencyRecord next = record("alice", "key-1", "next", Kind.BOOK, 2, T0.plusSeconds(1));
        assertThat(inUnitOfWork(() -> ports.idempotencyRecords().claim(next, T0.minus(DAY))))
                .isEmpty();
    }

    @Test
    void forgetting_drops_records_created_before_live_since_oldest_first_and_at_most_the_limit() {
        List<IdempotencyRecord> records = List.of(
                record("alice", "third", "r", Kind.BOOK, 3, T0.plusSeconds(2)),
                record("bob", "first", "r", Kind.BOOK, 1, T0),
                record("alice", "second", "r", Kind.AUTHOR, 2, T0.plusSeconds(1)),
                record("alice", "live", "r", Kind.BOOK, 4, T0.plusSeconds(3)));
        records.forEach(record -> inUnitOfWork(() -> ports.idempotencyRecords().claim(record, T0.minus(DAY))));
        Instant liveSince = T0.plusSeconds(3);

        assertThat(inUnitOfWork(() -> ports.idempotencyRecords().forgetOlderThan(liveSince, 2)))
                .isEqualTo(2);
        assertThat(stillHeld(records)).as("the oldest two are forgotten").containsExactly("third", "live");
        assertThat(inUnitOfWork(() -> ports.idempotencyRecords().forgetOlderThan(liveSince, 2)))
                .isEqualTo(1);
        assertThat(inUnitOfWork(() -> ports.idempotencyRecords().forgetOlderThan(liveSince, 2)))
                .isZero();
        assertThat(stillHeld(records)).containsExactly("live");
    }

    /**
     * The keys of {@code records} that still hold a record, probed by claims that count every record as
     * live, each in a unit of work rolled back so that no probe is kept.
     */
    private List<String> stillHeld(List<IdempotencyRecord> records) {
        List<String> held = new ArrayList<>();
        for (IdempotencyRecord record : records) {
            IdempotencyRecord probe = new IdempotencyRecord(record.key(), "probe", Kind.BOOK, 1_000, T0.plus(DAY));
            RuntimeException rollBack = new IllegalStateException("roll the probe back");
            assertThatThrownBy(() -> inUnitOfWork(() -> {
                        ports.idempotencyRecords()
                                .claim(probe, T0.minus(DAY))
                                .ifPresent(found -> held.add(found.key().key()));
                        throw rollBack;
                    }))
                    .isSameAs(rollBack);
        }
        return held;
    }

    private static IdempotencyRecord record(
            String principal, String key, String request, Kind kind, long resourceId, Instant createdAt) {
        return new IdempotencyRecord(new IdempotencyKey(principal, key), request, kind, resourceId, createdAt);
    }

    // The whole catalogue

    @Test
    void the_catalogue_counts_its_books_its_authors_credited_or_not_and_every_credit() {
        assertThat(ports.reads().countCatalogue()).isEqualTo(new CatalogueSize(0, 0, 0));
        Author first = registerAuthor("First");
        Author second = registerAuthor("Second");
        registerAuthor("Uncredited");
        Book both = registerBook("Both", first.id(), second.id());
        registerBook("One", first.id());
        registerBook("None");

        assertThat(ports.reads().countCatalogue()).isEqualTo(new CatalogueSize(3, 3, 3));

        inUnitOfWork(() -> ports.books().delete(both.id()));
        assertThat(ports.reads().countCatalogue()).isEqualTo(new CatalogueSize(2, 3, 1));
    }

    // Units of work

    @Test
    void a_unit_of_work_that_throws_leaves_nothing_behind() {
        RuntimeException failure = new IllegalStateException("changed my mind");
        List<Long> attempted = new ArrayList<>();

        assertThatThrownBy(() -> inUnitOfWork(() -> {
                    Author author = Author.register(ports.authors().nextId(), new AuthorName("Never Was"));
                    ports.authors().save(author);
                    Book book = Book.register(
                            ports.books().nextId(),
                            new Title("Never Written"),
                            Isbn.parse("9780306406157"),
                            null,
                            Authorship.of(List.of(author.id())));
                    ports.books().save(book);
                    attempted.add(book.id().value());
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(attempted).hasSize(1);
        assertThat(ports.reads().findBook(new BookId(attempted.get(0)))).isEmpty();
        assertThat(ports.reads().findBooks(BookFilter.all(), null, 10).items()).isEmpty();
        assertThat(ports.reads().findAuthors(AuthorFilter.all(), null, 10).items())
                .isEmpty();
        registerBookWith("Free ISBN", "9780306406157", null);
    }

    @Test
    void a_unit_of_work_that_throws_undoes_its_updates_and_deletes_too() {
        Author a = registerAuthor("A");
        Author b = registerAuthor("B");
        Book book = registerBook("Before", a.id());
        Book doomed = registerBook("Doomed", b.id());

        assertThatThrownBy(() -> inUnitOfWork(() -> {
                    Book loaded = ports.books().loadForUpdate(book.id()).orElseThrow();
                    loaded.updateDetails(new Title("After"), null, null);
                    loaded.replaceAuthorship(Authorship.of(List.of(b.id(), a.id())));
                    ports.books().save(loaded);
                    ports.books().delete(doomed.id());
                    Author renamed = ports.authors().loadForUpdate(a.id()).orElseThrow();
                    renamed.rename(new AuthorName("A renamed"));
                    ports.authors().save(renamed);
                    throw new IllegalStateException("undo all that");
                }))
                .hasMessage("undo all that");

        BookView view = ports.reads().findBook(book.id()).orElseThrow();
        assertThat(view.title().value()).isEqualTo("Before");
        assertThat(view.authors()).extracting(CreditedAuthor::id).containsExactly(a.id());
        assertThat(view.version()).isEqualTo(Book.FIRST_VERSION);
        assertThat(ports.reads().findBook(doomed.id())).isPresent();
        assertThat(ports.reads().findAuthor(a.id()).orElseThrow().name().value())
                .isEqualTo("A");
    }

    @Test
    void a_read_inside_a_unit_of_work_sees_what_it_changed_and_a_read_outside_sees_what_was_kept() {
        Author author = registerAuthor("Before");

        String seenInside = inUnitOfWork(() -> {
            Author renamed = ports.authors().loadForUpdate(author.id()).orElseThrow();
            renamed.rename(new AuthorName("After"));
            ports.authors().save(renamed);
            return ports.unitOfWork()
                    .read(() -> ports.reads()
                            .findAuthor(author.id())
                            .orElseThrow()
                            .name()
                            .value());
        });

        assertThat(seenInside).isEqualTo("After");
        assertThat(ports.unitOfWork().read(() -> ports.reads().findAuthor(author.id())))
                .get()
                .extracting(found -> found.name().value())
                .isEqualTo("After");
    }

    @Test
    void a_unit_of_work_answers_what_its_work_answers() {
        assertThat(inUnitOfWork(() -> "answer")).isEqualTo("answer");
        Object nothing = inUnitOfWork(() -> null);
        assertThat(nothing).isNull();
    }

    // Helpers

    protected Book registerBook(String title, AuthorId... authors) {
        return registerBookWith(title, null, null, authors);
    }

    protected Book registerBookWith(String title, String isbn, Integer year, AuthorId... authors) {
        return inUnitOfWork(() -> {
            Book book = Book.register(
                    ports.books().nextId(),
                    new Title(title),
                    isbn == null ? null : Isbn.parse(isbn),
                    year == null ? null : new PublicationYear(year),
                    Authorship.of(Arrays.asList(authors)));
            ports.books().save(book);
            return book;
        });
    }

    /** Loads the book for update, applies {@code change} and stores it at the version it was loaded at. */
    protected void changeBook(BookId bookId, java.util.function.Predicate<Book> change) {
        inUnitOfWork(() -> {
            Book loaded = ports.books().loadForUpdate(bookId).orElseThrow();
            boolean changed = change.test(loaded);
            assertThat(changed).as("the change changes something").isTrue();
            ports.books().save(loaded);
        });
    }

    private void renameAuthor(Author author, String name) {
        inUnitOfWork(() -> {
            Author loaded = ports.authors().loadForUpdate(author.id()).orElseThrow();
            loaded.rename(new AuthorName(name));
            ports.authors().save(loaded);
        });
    }

    /** Asserts that {@code save}, in a unit of work, is refused: the store holds another version. */
    private void assertVersionConflict(Runnable save, long expectedVersion, long currentVersion) {
        assertThatThrownBy(() -> inUnitOfWork(save))
                .isInstanceOfSatisfying(VersionConflictException.class, conflict -> {
                    assertThat(conflict.expectedVersion()).isEqualTo(expectedVersion);
                    assertThat(conflict.currentVersion()).isEqualTo(currentVersion);
                });
    }

    /** How many books credit the author, as the catalogue's reads tell. */
    static long booksCrediting(CatalogueReads reads, AuthorId authorId) {
        return reads.findBooks(BookFilter.creditedTo(authorId), null, Integer.MAX_VALUE)
                .items()
                .size();
    }

    private List<AuthorId> creditedIds(BookId bookId) {
        return ports.reads().findBook(bookId).orElseThrow().authors().stream()
                .map(CreditedAuthor::id)
                .toList();
    }

    private List<BookView> pagedBooks(BookFilter filter, int pageSize) {
        List<BookView> all = new ArrayList<>();
        Keyset after = null;
        while (true) {
            List<BookView> page =
                    ports.reads().findBooks(filter, after, pageSize).items();
            assertThat(page).hasSizeLessThanOrEqualTo(pageSize);
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            BookView last = page.get(page.size() - 1);
            after = new Keyset(
                    filter.rankOf(last.title()),
                    last.title().sortKey(),
                    last.id().value());
        }
    }

    private List<BookView> findBooksContaining(String text) {
        return ports.reads()
                .findBooks(new BookFilter(null, SearchQuery.parse(text), null), null, 100)
                .items();
    }

    private List<AuthorView> findAuthorsContaining(String text) {
        return ports.reads()
                .findAuthors(new AuthorFilter(null, SearchQuery.parse(text)), null, 100)
                .items();
    }

    private static List<BookId> bookIds(List<BookView> books) {
        return books.stream().map(BookView::id).toList();
    }

    private static List<AuthorId> authorIds(List<AuthorView> authors) {
        return authors.stream().map(AuthorView::id).toList();
    }
}
