package org.bookshelf.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bookshelf.application.exception.CatalogueNotEmptyException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.UnusableBackupException;
import org.bookshelf.application.exception.UnusableBackupException.Reason;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BackupSummary;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.SnapshotAuthor;
import org.bookshelf.application.model.SnapshotBook;
import org.bookshelf.application.model.SnapshotSink;
import org.bookshelf.application.port.in.BackupFile;
import org.bookshelf.application.port.in.BackupWriter;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.port.in.RenameAuthorUseCase.RenameAuthorCommand;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter guarantees of backups and restores ({@code CatalogueSnapshots}, through the backup and
 * restore use cases, with the file format left out: entries are kept in lists). A subclass supplies an empty
 * store per test.
 */
public abstract class CatalogueSnapshotsContract {

    private static final Instant TAKEN_AT = Instant.parse("2030-01-01T00:00:00Z");

    protected DrivenPorts ports;
    protected BookshelfUseCases useCases;

    /** The adapter under test, holding no book and no author. */
    protected abstract DrivenPorts emptyStore();

    @BeforeEach
    void startEmpty() {
        ports = emptyStore();
        useCases = new BookshelfUseCases(ports);
    }

    @Test
    void a_backup_holds_every_author_credited_or_not_and_every_book_with_its_credits_in_order() {
        AuthorView first = register("First");
        AuthorView uncredited = register("Never credited");
        AuthorView second = register("Second");
        AuthorName renamed = new AuthorName("Second, renamed");
        useCases.renameAuthor().renameAuthor(new RenameAuthorCommand(second.id(), renamed, null));
        BookView both = registerBook("Both", new Isbn("9780306406157"), second.id(), first.id());
        BookView nobody = registerBook("Nobody's", null);

        Entries backup = backUp();

        assertThat(backup.authors)
                .containsExactly(
                        new SnapshotAuthor(first.id(), first.name(), 1),
                        new SnapshotAuthor(uncredited.id(), uncredited.name(), 1),
                        new SnapshotAuthor(second.id(), renamed, 2));
        assertThat(backup.books)
                .containsExactly(
                        new SnapshotBook(
                                both.id(),
                                both.title(),
                                both.isbn(),
                                new PublicationYear(1999),
                                1,
                                Authorship.of(List.of(second.id(), first.id()))),
                        new SnapshotBook(
                                nobody.id(), nobody.title(), null, new PublicationYear(1999), 1, Authorship.none()));
        assertThat(backup.size).isEqualTo(new CatalogueSize(2, 3, 2));
        assertThat(backup.schema).isEqualTo(ports.catalogueSnapshots().schemaVersion());
    }

    @Test
    void a_restore_into_an_empty_store_gives_back_every_id_version_and_credit_order_and_ids_continue_after() {
        Entries saved = new Entries();
        saved.authors.add(new SnapshotAuthor(new AuthorId(7), new AuthorName("Seven"), 3));
        saved.authors.add(new SnapshotAuthor(new AuthorId(40), new AuthorName("Forty"), 1));
        saved.books.add(new SnapshotBook(
                new BookId(12),
                new Title("Twelve"),
                new Isbn("9780306406157"),
                new PublicationYear(2001),
                5,
                Authorship.of(List.of(new AuthorId(40), new AuthorId(7)))));
        saved.books.add(new SnapshotBook(new BookId(90), new Title("Ninety"), null, null, 1, Authorship.none()));

        useCases.restoreCatalogue().restore(saved.asFile(), false);

        Entries restored = backUp();
        assertThat(restored.authors).isEqualTo(saved.authors);
        assertThat(restored.books).isEqualTo(saved.books);
        assertThat(register("Next").id().value()).isGreaterThan(40);
        assertThat(registerBook("Next", null).id().value()).isGreaterThan(90);
    }

    @Test
    void a_restore_into_a_store_that_is_not_empty_is_refused_and_changes_nothing() {
        AuthorView present = register("Present");
        Entries other = new Entries();
        other.authors.add(new SnapshotAuthor(new AuthorId(99), new AuthorName("Other"), 1));

        assertThatThrownBy(() -> useCases.restoreCatalogue().restore(other.asFile(), false))
                .isInstanceOf(CatalogueNotEmptyException.class);

        assertThat(backUp().authors).containsExactly(new SnapshotAuthor(present.id(), present.name(), 1));
    }

    @Test
    void a_restore_with_replace_deletes_what_the_store_held_first() {
        AuthorView present = register("Present");
        registerBook("Present book", new Isbn("9780306406157"), present.id());
        Entries other = new Entries();
        other.authors.add(new SnapshotAuthor(new AuthorId(99), new AuthorName("Other"), 1));
        other.books.add(new SnapshotBook(
                new BookId(98),
                new Title("Same ISBN, other book"),
                new Isbn("9780306406157"),
                null,
                2,
                Authorship.of(List.of(new AuthorId(99)))));

        useCases.restoreCatalogue().restore(other.asFile(), true);

        Entries restored = backUp();
        assertThat(restored.authors).isEqualTo(other.authors);
        assertThat(restored.books).isEqualTo(other.books);
    }

    @Test
    void a_restore_that_fails_half_way_changes_nothing() {
        AuthorView present = register("Present");
        Entries broken = new Entries();
        broken.authors.add(new SnapshotAuthor(new AuthorId(5), new AuthorName("Five"), 1));
        broken.books.add(new SnapshotBook(
                new BookId(6),
                new Title("Credits a stranger"),
                null,
                null,
                1,
                Authorship.of(List.of(new AuthorId(5), new AuthorId(404)))));

        assertThatThrownBy(() -> useCases.restoreCatalogue().restore(broken.asFile(), true))
                .isInstanceOf(UnknownAuthorsException.class);

        assertThat(backUp().authors).containsExactly(new SnapshotAuthor(present.id(), present.name(), 1));
        assertThat(backUp().books).isEmpty();
    }

    @Test
    void a_backup_from_a_newer_schema_is_refused_before_anything_changes() {
        Entries newer = new Entries();
        newer.schema = ports.catalogueSnapshots().schemaVersion() + ".1";
        newer.authors.add(new SnapshotAuthor(new AuthorId(5), new AuthorName("Five"), 1));

        assertThatThrownBy(() -> useCases.restoreCatalogue().restore(newer.asFile(), false))
                .isInstanceOfSatisfying(
                        UnusableBackupException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.NEWER_SCHEMA));

        assertThat(backUp().authors).isEmpty();
    }

    private AuthorView register(String name) {
        return useCases.registerAuthor().registerAuthor(new AuthorName(name));
    }

    private BookView registerBook(String title, Isbn isbn, AuthorId... authors) {
        return useCases.registerBook()
                .registerBook(new RegisterBookCommand(
                        new Title(title), isbn, new PublicationYear(1999), Authorship.of(List.of(authors))));
    }

    private Entries backUp() {
        Entries entries = new Entries();
        useCases.backupCatalogue().backup(entries);
        return entries;
    }

    /** A backup kept as lists: what a file would hold, without the file. */
    private static final class Entries implements BackupWriter {

        private final List<SnapshotAuthor> authors = new ArrayList<>();
        private final List<SnapshotBook> books = new ArrayList<>();
        private String schema;
        private CatalogueSize size;

        @Override
        public void begin(Instant takenAt, String schemaVersion) {
            schema = schemaVersion;
        }

        @Override
        public void author(SnapshotAuthor author) {
            authors.add(author);
        }

        @Override
        public void book(SnapshotBook book) {
            books.add(book);
        }

        @Override
        public CatalogueSize end() {
            size = new CatalogueSize(
                    books.size(),
                    authors.size(),
                    books.stream().mapToLong(book -> book.authorship().size()).sum());
            return size;
        }

        BackupFile asFile() {
            String version = schema != null ? schema : "1";
            return new BackupFile() {
                @Override
                public BackupSummary verify() {
                    return new BackupSummary(TAKEN_AT, version, end());
                }

                @Override
                public void read(SnapshotSink sink) {
                    authors.forEach(sink::author);
                    books.forEach(sink::book);
                }
            };
        }
    }
}
