package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * <p>Loading for update locks the book's row (and its link rows) until the transaction ends; that
 * lock is what serializes concurrent changes to one book's authorship. Storing checks the version in
 * the {@code UPDATE} itself and writes only the links that changed (see {@link AuthorshipDiff}).
 * Each write runs in the caller's unit of work, or in one of its own when called outside any.
 */
final class MyBatisBookStore implements LoadBookPort, StoreBookPort {

    private final UnitOfWork unitOfWork;
    private final BookMapper books;
    private final AuthorshipMapper authorships;
    private final AuthorMapper authors;

    MyBatisBookStore(UnitOfWork unitOfWork, BookMapper books, AuthorshipMapper authorships, AuthorMapper authors) {
        this.unitOfWork = unitOfWork;
        this.books = books;
        this.authorships = authorships;
        this.authors = authors;
    }

    @Override
    public Optional<Book> loadForUpdate(BookId bookId) {
        return booksOf(books.lockWithAuthors(bookId.value())).stream().findFirst();
    }

    @Override
    public List<Book> loadCreditingForUpdate(AuthorId authorId) {
        return booksOf(books.lockCrediting(authorId.value()));
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
            insertLinks(IntStream.range(0, credited.size())
                    .mapToObj(i -> new AuthorshipRow(book.id().value(), credited.get(i).value(), i + 1))
                    .toList());
            return null;
        });
    }

    @Override
    public void update(Book book, long expectedVersion) {
        unitOfWork.run(() -> {
            int updated;
            try {
                updated = books.update(BookColumns.of(book), expectedVersion);
            } catch (DuplicateKeyException e) {
                throw duplicateIsbn(e, book);
            }
            if (updated == 0) {
                Long current = books.currentVersion(book.id().value());
                throw new VersionConflictException("book " + book.id(), expectedVersion, current == null ? 0 : current);
            }
            writeAuthorship(book);
            return null;
        });
    }

    @Override
    public void delete(BookId bookId) {
        unitOfWork.run(() -> books.delete(bookId.value()));
    }

    private void writeAuthorship(Book book) {
        long bookId = book.id().value();
        List<Long> wanted = book.authorship().authorIds().stream().map(AuthorId::value).toList();
        AuthorshipDiff diff = AuthorshipDiff.between(bookId, authorships.lockLinksOf(bookId), wanted);
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
    }

    private void insertLinks(List<AuthorshipRow> links) {
        if (links.isEmpty()) {
            return;
        }
        try {
            authorships.insertAll(links);
        } catch (DataIntegrityViolationException e) {
            if (!SqlFailures.names(e, SqlFailures.CREDITED_AUTHOR)) {
                throw e;
            }
            throw new UnknownAuthorsException(unknownAmong(links));
        }
    }

    /** The authors of {@code links} that do not exist (all of them, should they all have appeared meanwhile). */
    private Set<AuthorId> unknownAmong(List<AuthorshipRow> links) {
        List<Long> ids = links.stream().map(AuthorshipRow::authorId).toList();
        Set<Long> existing = new HashSet<>(authors.lockExisting(ids));
        Set<AuthorId> unknown = ids.stream().filter(id -> !existing.contains(id)).map(AuthorId::new)
                .collect(Collectors.toSet());
        return unknown.isEmpty() ? ids.stream().map(AuthorId::new).collect(Collectors.toSet()) : unknown;
    }

    private static RuntimeException duplicateIsbn(DuplicateKeyException failure, Book book) {
        if (book.isbn().isPresent() && SqlFailures.names(failure, SqlFailures.UNIQUE_ISBN)) {
            return new DuplicateIsbnException(book.isbn().get());
        }
        return failure;
    }

    /** Books out of rows ordered by book, then credit: one row per credited author, or one with none. */
    private static List<Book> booksOf(List<LockedBookRow> rows) {
        Map<Long, List<LockedBookRow>> byBook = new LinkedHashMap<>();
        rows.forEach(row -> byBook.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byBook.values().stream().map(MyBatisBookStore::book).toList();
    }

    private static Book book(List<LockedBookRow> rows) {
        LockedBookRow first = rows.get(0);
        List<AuthorId> credited = rows.stream().filter(row -> row.authorId() != null)
                .map(row -> new AuthorId(row.authorId())).toList();
        return Book.reconstitute(new BookId(first.id()), new Title(first.title()),
                first.isbn() == null ? null : new Isbn(first.isbn()),
                first.publishedYear() == null ? null : new PublicationYear(first.publishedYear()),
                Authorship.of(credited), first.version());
    }
}
