package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Books and their authorship in {@code books} and {@code book_author}.
 *
 * <p><b>Locking.</b> Loading a book for update locks its row in {@code books}, by primary key: a
 * record lock, no gap lock. That lock alone serializes every change to the book and to its links,
 * because every writer of a book's links (this store) holds it first. The links themselves are then
 * read without locking: at REPEATABLE READ a locking read of {@code book_author} by book would take
 * next-key and gap locks reaching into the neighbouring books' index ranges, and concurrent credits
 * of neighbouring books, inserting into those gaps, deadlocked one another. A plain read sees the
 * transaction's snapshot, which is the latest state of the book's links when the snapshot was taken
 * after the lock was granted (every transaction that changed them had committed by then). To be sure
 * of that whatever the unit of work read before, the snapshot read also answers the book's version:
 * links only change with the version, so when it equals the version just locked, the snapshot's links
 * are the stored ones. Otherwise (the snapshot predates the lock) the links are read again with a
 * locking read, which always sees the latest rows.
 *
 * <p><b>Storing.</b> The version is checked in the {@code UPDATE} itself; then only the links that
 * changed are written (see {@link AuthorshipDiff}), computed against the links loaded (and
 * remembered for the transaction by {@link LockedAuthorships}), so they are not read a second time;
 * when the authorship did not change no link is touched at all. Only a book stored without having
 * been loaded in the same transaction has its links read again, with a locking read.
 *
 * <p>Each write runs in the caller's unit of work, or in one of its own when called outside any.
 */
final class MyBatisBookStore implements LoadBookPort, StoreBookPort {

    private final UnitOfWork unitOfWork;
    private final BookMapper books;
    private final AuthorshipMapper authorships;
    private final AuthorMapper authors;
    private final LockedAuthorships locked = new LockedAuthorships();

    MyBatisBookStore(UnitOfWork unitOfWork, BookMapper books, AuthorshipMapper authorships, AuthorMapper authors) {
        this.unitOfWork = unitOfWork;
        this.books = books;
        this.authorships = authorships;
        this.authors = authors;
    }

    @Override
    public Optional<Book> loadForUpdate(BookId bookId) {
        BookRow row = books.lock(bookId.value());
        return row == null ? Optional.empty() : Optional.of(withStoredLinks(List.of(row)).get(0));
    }

    /**
     * Every book crediting the author, each row locked. Each book's links are read as by
     * {@link #loadForUpdate}. The index entries of the author's links are locked too (with the gap
     * after the last), which keeps any other book from starting to credit the author until the
     * transaction ends, as does the author's own lock that deleting it takes first.
     */
    @Override
    public List<Book> loadCreditingForUpdate(AuthorId authorId) {
        return withStoredLinks(books.lockCrediting(authorId.value()));
    }

    @Override
    public BookId nextBookId() {
        return new BookId(books.nextId());
    }

    @Override
    public void insert(Book book) {
        unitOfWork.run(() -> {
            try {
                books.insert(BookColumns.of(book));
            } catch (DuplicateKeyException e) {
                throw duplicateIsbn(e, book);
            }
            List<AuthorId> credited = book.authorship().authorIds();
            List<AuthorshipRow> links = IntStream.range(0, credited.size())
                    .mapToObj(i -> new AuthorshipRow(book.id().value(), credited.get(i).value(), i + 1))
                    .toList();
            insertLinks(links);
            locked.remember(book.id().value(), book.version(), links);
            return null;
        });
    }

    @Override
    public void update(Book book, long expectedVersion) {
        unitOfWork.run(() -> {
            long bookId = book.id().value();
            int updated;
            try {
                updated = books.update(BookColumns.of(book), expectedVersion);
            } catch (DuplicateKeyException e) {
                throw duplicateIsbn(e, book);
            }
            if (updated == 0) {
                Long current = books.currentVersion(bookId);
                throw new VersionConflictException("book " + book.id(), expectedVersion, current == null ? 0 : current);
            }
            // The links as loaded at that version in this transaction; read (locking) only when not loaded here.
            List<AuthorshipRow> stored = locked.at(bookId, expectedVersion)
                    .orElseGet(() -> authorships.lockLinksOf(bookId));
            locked.remember(bookId, book.version(), writeAuthorship(book, stored));
            return null;
        });
    }

    @Override
    public void delete(BookId bookId) {
        unitOfWork.run(() -> {
            locked.forget(bookId.value());
            return books.delete(bookId.value());
        });
    }

    /** The locked books with their stored links, remembered for this transaction. */
    private List<Book> withStoredLinks(List<BookRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> snapshotVersions = new HashMap<>();
        Map<Long, List<AuthorshipRow>> snapshotLinks = new HashMap<>();
        for (LinkSnapshotRow link : authorships.readLinksOf(rows.stream().map(BookRow::id).toList())) {
            snapshotVersions.put(link.bookId(), link.version());
            List<AuthorshipRow> links = snapshotLinks.computeIfAbsent(link.bookId(), id -> new ArrayList<>());
            if (link.authorId() != null) {
                links.add(new AuthorshipRow(link.bookId(), link.authorId(), link.position()));
            }
        }
        List<Book> loaded = new ArrayList<>(rows.size());
        for (BookRow row : rows) {
            Long snapshotVersion = snapshotVersions.get(row.id());
            List<AuthorshipRow> links = snapshotVersion != null && snapshotVersion == row.version()
                    ? snapshotLinks.get(row.id())
                    : authorships.lockLinksOf(row.id());
            locked.remember(row.id(), row.version(), links);
            loaded.add(book(row, links));
        }
        return loaded;
    }

    /**
     * Writes what differs between the stored links and the book's authorship (nothing when it is the
     * same); answers the links stored afterwards, in position order.
     */
    private List<AuthorshipRow> writeAuthorship(Book book, List<AuthorshipRow> stored) {
        long bookId = book.id().value();
        List<Long> wanted = book.authorship().authorIds().stream().map(AuthorId::value).toList();
        if (stored.stream().map(AuthorshipRow::authorId).toList().equals(wanted)) {
            return stored;
        }
        AuthorshipDiff diff = AuthorshipDiff.between(bookId, stored, wanted);
        if (!diff.removed().isEmpty()) {
            authorships.deleteAuthors(bookId, diff.removed());
        }
        if (diff.needsTemporaryPositions()) {
            authorships.movePositions(bookId, diff.temporaryMoves());
        }
        if (!diff.moves().isEmpty()) {
            authorships.movePositions(bookId, diff.moves());
        }
        insertLinks(diff.added());
        return diff.linksAfter(stored, wanted);
    }

    /** Inserts the links in one statement; a credited author that does not exist is an {@link UnknownAuthorsException}. */
    void insertLinks(List<AuthorshipRow> links) {
        if (links.isEmpty()) {
            return;
        }
        try {
            authorships.insertAll(links);
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
        List<Long> ids = links.stream().map(AuthorshipRow::authorId).toList();
        Set<Long> existing = new HashSet<>(authors.lockExisting(ids));
        return ids.stream().filter(id -> !existing.contains(id)).map(AuthorId::new).collect(Collectors.toSet());
    }

    private static RuntimeException duplicateIsbn(DuplicateKeyException failure, Book book) {
        if (book.isbn().isPresent() && SqlFailures.names(failure, SqlFailures.UNIQUE_ISBN)) {
            return new DuplicateIsbnException(book.isbn().get());
        }
        return failure;
    }

    private static Book book(BookRow row, List<AuthorshipRow> links) {
        return Book.reconstitute(new BookId(row.id()), new Title(row.title()),
                row.isbn() == null ? null : new Isbn(row.isbn()),
                row.publishedYear() == null ? null : new PublicationYear(row.publishedYear()),
                Authorship.of(links.stream().map(link -> new AuthorId(link.authorId())).toList()), row.version());
    }
}
