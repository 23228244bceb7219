package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bookshelf.adapter.persistence.mybatis.BookMapper.AuthorshipRow;
import org.bookshelf.adapter.persistence.mybatis.BookMapper.BookColumns;
import org.bookshelf.adapter.persistence.mybatis.BookMapper.LockedBookRow;
import org.bookshelf.adapter.persistence.mybatis.BookMapper.VersionChange;
import org.bookshelf.adapter.persistence.mybatis.SearchWordRows.TitleWord;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Books and their authorship in {@code books} and {@code book_author}.
 *
 * <p><b>Loading.</b> One statement locks the book's row in {@code books}, by primary key (a record lock,
 * no gap lock), and reads its links with their authors' names and versions without locking them. That row
 * lock alone serializes every change to the book and to its links, because every writer of a book's links
 * (this repository) holds it first. A locking read of {@code book_author} by book would take next-key and gap
 * locks reaching into the neighbouring books' index ranges, and concurrent credits of neighbouring books,
 * inserting into those gaps, deadlocked one another. The plain read sees the transaction's snapshot, which
 * holds the latest state of the book's links when it was taken after the lock was granted. To be sure of
 * that whatever the unit of work read before, the statement also answers the book's version in the
 * snapshot: links only change with the version, so when it equals the version just locked, the snapshot's
 * links are the stored ones. Otherwise (the snapshot predates the lock) the links are read again with a
 * locking read, which always sees the latest rows.
 *
 * <p><b>Storing.</b> The version is checked in the {@code UPDATE} itself; then only the links that
 * changed are written (see {@link AuthorshipDiff}), computed against the links loaded (and remembered for
 * the transaction by the {@link WorkingSet}), so they are not read a second time; when the authorship did
 * not change no link is touched at all. Only a book stored without having been loaded in the same
 * transaction has its links read again, with a locking read. Several books are stored in a fixed number
 * of statements: their versions in one, the links that go in one, those that come in one.
 *
 * <p><b>Answering.</b> A book saved is answered from what the transaction read and wrote: its authors'
 * names and versions came with the load, and those of newly credited authors with the insert of their
 * links ({@code RETURNING}), so no book is read back. What the transaction read and wrote is remembered
 * by this repository alone, in its {@link WorkingSet}.
 *
 * <p>Each write runs in the caller's unit of work, or in one of its own when called outside any.
 */
final class MyBatisBookRepository implements BookRepository {

    private final UnitOfWork unitOfWork;
    private final BookMapper books;
    private final AuthorMapper authors;
    private final SearchWordMapper searchWords;
    private final WorkingSet workingSet = new WorkingSet();

    MyBatisBookRepository(UnitOfWork unitOfWork, BookMapper books, AuthorMapper authors, SearchWordMapper searchWords) {
        this.unitOfWork = unitOfWork;
        this.books = books;
        this.authors = authors;
        this.searchWords = searchWords;
    }

    @Override
    public Optional<Book> loadForUpdate(BookId bookId) {
        return loaded(books.lock(bookId.value())).stream().findFirst();
    }

    /**
     * Every book crediting the author, each row locked. Each book's links are read as by
     * {@link #loadForUpdate}. The index entries of the author's links are locked too (with the gap
     * after the last), which keeps any other book from starting to credit the author until the
     * transaction ends, as does the author's own lock that deleting it takes first.
     */
    @Override
    public List<Book> loadCreditingForUpdate(AuthorId authorId) {
        return loaded(books.lockCrediting(authorId.value()));
    }

    @Override
    public BookRevision revisionAsLoaded(Book book) {
        List<Long> loadedCredits = workingSet
                .book(book.id().value(), book.loadedVersion())
                .orElseThrow(
                        () -> new IllegalStateException(book + " was not loaded at " + book.loadedVersion() + " here"))
                .links()
                .stream()
                .map(AuthorshipRow::authorId)
                .toList();
        return new BookRevision(
                book.loadedVersion(),
                creditedAuthors(book, loadedCredits).stream()
                        .mapToLong(CreditedAuthor::version)
                        .sum());
    }

    @Override
    public BookView save(Book book) {
        if (book.loadedVersion() == Book.NOT_STORED) {
            insert(book);
        } else {
            saveAll(List.of(book));
        }
        return new BookView(
                book.id(),
                book.title(),
                book.isbn().orElse(null),
                book.publishedYear().orElse(null),
                creditedAuthors(book, credited(book)),
                book.version());
    }

    /**
     * The name and version of each of {@code authorIds}, credited on {@code book}: as this transaction read
     * them, and read (share-locked, as last committed) for those it did not.
     */
    private List<CreditedAuthor> creditedAuthors(Book book, List<Long> authorIds) {
        Map<Long, AuthorRow> known = new HashMap<>();
        List<Long> unseen = new ArrayList<>();
        for (long authorId : authorIds) {
            workingSet
                    .author(authorId)
                    .ifPresentOrElse(author -> known.put(authorId, author), () -> unseen.add(authorId));
        }
        if (!unseen.isEmpty()) {
            List<AuthorRow> read = authors.lockAll(unseen);
            workingSet.rememberAuthors(read);
            read.forEach(author -> known.put(author.id(), author));
        }
        return authorIds.stream()
                .map(id -> Optional.ofNullable(known.get(id))
                        .map(author ->
                                new CreditedAuthor(new AuthorId(id), new AuthorName(author.name()), author.version()))
                        .orElseThrow(() ->
                                new IllegalStateException("author " + id + " credited on " + book + " does not exist")))
                .toList();
    }

    @Override
    public BookId nextId() {
        return new BookId(books.nextId());
    }

    private void insert(Book book) {
        unitOfWork.run(() -> {
            BookColumns columns = BookColumns.of(book);
            try {
                books.insert(columns);
            } catch (DuplicateKeyException e) {
                throw duplicateIsbn(e, book);
            }
            List<AuthorId> credited = book.authorship().authorIds();
            List<AuthorshipRow> links = IntStream.range(0, credited.size())
                    .mapToObj(i ->
                            new AuthorshipRow(book.id().value(), credited.get(i).value(), i + 1))
                    .toList();
            insertLinks(links);
            workingSet.rememberBook(columns, links);
            replaceSearchWords(List.of(book));
            return null;
        });
    }

    @Override
    public void saveAll(List<Book> loadedBooks) {
        List<Book> changed = loadedBooks.stream().filter(Book::hasChanges).toList();
        if (changed.isEmpty()) {
            return;
        }
        unitOfWork.run(() -> {
            // The links as loaded at those versions in this transaction; read (locking) only when not loaded here.
            List<StoredBook> stored = changed.stream()
                    .map(book -> workingSet
                            .book(book.id().value(), book.loadedVersion())
                            .orElse(null))
                    .toList();
            writeBookRows(changed, stored);
            List<AuthorshipDiff> diffs = new ArrayList<>();
            for (int i = 0; i < changed.size(); i++) {
                Book book = changed.get(i);
                List<AuthorshipRow> links = stored.get(i) != null
                        ? stored.get(i).links()
                        : books.lockLinks(book.id().value());
                AuthorshipDiff diff = AuthorshipDiff.between(book.id().value(), links, credited(book));
                diffs.add(diff);
                workingSet.rememberBook(BookColumns.of(book), diff.linksAfter(links, credited(book)));
            }
            writeLinks(diffs);
            List<Book> reworded = new ArrayList<>();
            for (int i = 0; i < changed.size(); i++) {
                if (changesSearchWords(stored.get(i), changed.get(i))) {
                    reworded.add(changed.get(i));
                }
            }
            replaceSearchWords(reworded);
            return null;
        });
    }

    /** Replaces the title words of {@code changed} in one round trip. */
    private void replaceSearchWords(List<Book> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<TitleWord> words = new ArrayList<>();
        changed.forEach(book -> words.addAll(SearchWordRows.ofTitle(book.id().value(), book.title())));
        searchWords.replaceTitleWords(
                changed.stream().map(book -> book.id().value()).toList(), words);
    }

    /** Whether the book's title differs from the one stored ({@code null}: not known). */
    private static boolean changesSearchWords(StoredBook stored, Book book) {
        return stored == null || !stored.columns().title().equals(book.title().value());
    }

    @Override
    public void delete(BookId bookId) {
        unitOfWork.run(() -> {
            workingSet.forgetBook(bookId.value());
            return books.delete(bookId.value());
        });
    }

    /**
     * The books' rows, each moved on to its new version where it is at the one expected: one statement for
     * the books whose other columns did not change since this transaction loaded them, one for each other
     * book (and for a book stored alone: a statement that needs no building).
     */
    private void writeBookRows(List<Book> changed, List<StoredBook> stored) {
        List<VersionChange> versionsOnly = new ArrayList<>();
        List<Book> fullRows = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            Book book = changed.get(i);
            BookColumns columns = BookColumns.of(book);
            if (changed.size() > 1
                    && stored.get(i) != null
                    && stored.get(i).columns().withVersion(columns.version()).equals(columns)) {
                versionsOnly.add(new VersionChange(columns.id(), columns.version(), book.loadedVersion()));
            } else {
                fullRows.add(book);
            }
        }
        for (Book book : fullRows) {
            int updated;
            try {
                updated = books.update(BookColumns.of(book), book.loadedVersion());
            } catch (DuplicateKeyException e) {
                throw duplicateIsbn(e, book);
            }
            if (updated == 0) {
                throw versionConflict(book);
            }
        }
        // Each of these rows is locked by this transaction at the version it was loaded at: none can have moved.
        if (!versionsOnly.isEmpty() && books.updateVersions(versionsOnly) != versionsOnly.size()) {
            throw new IllegalStateException(
                    "books locked at their expected versions were not all updated: " + versionsOnly);
        }
    }

    private VersionConflictException versionConflict(Book book) {
        Long current = books.currentVersion(book.id().value());
        return new VersionConflictException("book " + book.id(), book.loadedVersion(), current == null ? 0 : current);
    }

    /**
     * Writes what differs between the stored links and the books' authorship: the links that go, of every
     * book, in one statement; moves book by book (re-orderings are rare, and alone); the links that come,
     * of every book, in one statement.
     */
    private void writeLinks(List<AuthorshipDiff> diffs) {
        List<AuthorshipRow> removed =
                diffs.stream().flatMap(diff -> diff.removed().stream()).toList();
        if (!removed.isEmpty()) {
            books.deleteLinks(removed);
        }
        for (AuthorshipDiff diff : diffs) {
            if (diff.needsTemporaryPositions()) {
                books.moveLinks(diff.bookId(), diff.temporaryMoves());
            }
            if (!diff.moves().isEmpty()) {
                books.moveLinks(diff.bookId(), diff.moves());
            }
        }
        insertLinks(diffs.stream().flatMap(diff -> diff.added().stream()).toList());
    }

    /**
     * Inserts the links in one statement, remembering the credited authors' names and versions the insert
     * answers; a credited author that does not exist is an {@link UnknownAuthorsException}.
     */
    private void insertLinks(List<AuthorshipRow> links) {
        if (links.isEmpty()) {
            return;
        }
        try {
            workingSet.rememberAuthors(books.insertLinks(links));
        } catch (DataIntegrityViolationException e) {
            if (!SqlFailures.names(e, SqlFailures.CREDITED_AUTHOR)) {
                throw e;
            }
            Set<AuthorId> unknown = unknownAmong(links);
            if (unknown.isEmpty()) {
                // Every author exists after all: not a case of unknown authors, so none is named.
                throw e;
            }
            throw new UnknownAuthorsException(unknown);
        }
    }

    /** The authors of {@code links} that do not exist; empty should all of them exist by now. */
    private Set<AuthorId> unknownAmong(List<AuthorshipRow> links) {
        List<Long> ids = links.stream().map(AuthorshipRow::authorId).distinct().toList();
        Set<Long> existing = new HashSet<>(authors.lockExisting(ids));
        return ids.stream()
                .filter(id -> !existing.contains(id))
                .map(AuthorId::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The books of {@code rows} (one row per credit, each book's rows together), their stored rows and
     * their authors remembered for the transaction.
     */
    private List<Book> loaded(List<LockedBookRow> rows) {
        List<Book> loaded = new ArrayList<>();
        int first = 0;
        while (first < rows.size()) {
            LockedBookRow book = rows.get(first);
            List<AuthorshipRow> snapshotLinks = new ArrayList<>();
            List<AuthorRow> snapshotAuthors = new ArrayList<>();
            int next = first;
            for (; next < rows.size() && rows.get(next).id() == book.id(); next++) {
                LockedBookRow credit = rows.get(next);
                if (credit.authorId() != null) {
                    snapshotLinks.add(new AuthorshipRow(book.id(), credit.authorId(), credit.position()));
                    snapshotAuthors.add(new AuthorRow(credit.authorId(), credit.authorName(), credit.authorVersion()));
                }
            }
            boolean snapshotIsCurrent = book.snapshotVersion() != null && book.snapshotVersion() == book.version();
            List<AuthorshipRow> links = snapshotIsCurrent ? snapshotLinks : books.lockLinks(book.id());
            if (snapshotIsCurrent) {
                workingSet.rememberAuthors(snapshotAuthors);
            }
            Book reconstituted = book(book, links);
            workingSet.rememberBook(BookColumns.of(reconstituted), links);
            loaded.add(reconstituted);
            first = next;
        }
        return loaded;
    }

    private static List<Long> credited(Book book) {
        return book.authorship().authorIds().stream().map(AuthorId::value).toList();
    }

    private static RuntimeException duplicateIsbn(DuplicateKeyException failure, Book book) {
        if (book.isbn().isPresent() && SqlFailures.names(failure, SqlFailures.UNIQUE_ISBN)) {
            return new DuplicateIsbnException(book.isbn().get());
        }
        return failure;
    }

    private static Book book(LockedBookRow row, List<AuthorshipRow> links) {
        return Book.reconstitute(
                new BookId(row.id()),
                new Title(row.title()),
                row.isbn() == null ? null : new Isbn(row.isbn()),
                row.publishedYear() == null ? null : new PublicationYear(row.publishedYear()),
                Authorship.of(links.stream()
                        .map(link -> new AuthorId(link.authorId()))
                        .toList()),
                row.version());
    }

    /** A book's stored row and its links, in position order. */
    private record StoredBook(BookColumns columns, List<AuthorshipRow> links) {

        StoredBook {
            links = List.copyOf(links);
        }
    }

    /**
     * What the current transaction has read and written, so that nothing is read twice: the stored rows of the
     * books it holds locked, and the name and version of each author it has seen credited.
     *
     * <p>A book's entry belongs to one version of it: a book's row and links only change together with its
     * version, by a transaction holding the book's row lock, so while this transaction holds that lock the
     * rows remembered for the version it loaded are the stored ones. An author's name and version are as the
     * transaction read them; a book's revision (its credited authors' versions) is checked against them.
     *
     * <p>Bound to the transaction (Spring's transaction synchronization) and forgotten when it ends,
     * committed or rolled back; outside a transaction nothing is remembered.
     */
    private static final class WorkingSet {

        private static final class Holder extends ResourceHolderSupport {
            final Map<Long, StoredBook> books = new HashMap<>();
            final Map<Long, AuthorRow> authors = new HashMap<>();
        }

        private final Object key = new Object();

        /** The book as stored at {@code version}, if this transaction loaded or wrote it at that version. */
        Optional<StoredBook> book(long bookId, long version) {
            Holder holder = current();
            StoredBook book = holder == null ? null : holder.books.get(bookId);
            return book != null && book.columns().version() == version ? Optional.of(book) : Optional.empty();
        }

        /** Remembers the book as stored (links in position order), until the transaction ends. */
        void rememberBook(BookColumns columns, List<AuthorshipRow> links) {
            Holder holder = holder();
            if (holder != null) {
                holder.books.put(columns.id(), new StoredBook(columns, links));
            }
        }

        void forgetBook(long bookId) {
            Holder holder = current();
            if (holder != null) {
                holder.books.remove(bookId);
            }
        }

        /** The author as this transaction last read it, if it did. */
        Optional<AuthorRow> author(long authorId) {
            Holder holder = current();
            return holder == null ? Optional.empty() : Optional.ofNullable(holder.authors.get(authorId));
        }

        /** Remembers authors as read, until the transaction ends. */
        void rememberAuthors(Collection<AuthorRow> authors) {
            Holder holder = holder();
            if (holder != null) {
                authors.forEach(author -> holder.authors.put(author.id(), author));
            }
        }

        private Holder current() {
            return (Holder) TransactionSynchronizationManager.getResource(key);
        }

        private Holder holder() {
            Holder holder = current();
            if (holder == null && TransactionSynchronizationManager.isSynchronizationActive()) {
                holder = new Holder();
                holder.setSynchronizedWithTransaction(true);
                TransactionSynchronizationManager.bindResource(key, holder);
                TransactionSynchronizationManager.registerSynchronization(
                        new ResourceHolderSynchronization<Holder, Object>(holder, key) {});
            }
            return holder;
        }
    }
}
