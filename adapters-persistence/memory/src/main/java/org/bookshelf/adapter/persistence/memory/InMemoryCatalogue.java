package org.bookshelf.adapter.persistence.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * The state of one in-memory catalogue, shared by the classes that implement its ports: the books and authors
 * kept, their listing orders, and the guarantees the database's keys give (unique ISBNs, credited authors that
 * exist, no author deleted while credited). Not a port. Its writes happen inside a unit of work only, its
 * reads under the unit of work's lock.
 */
final class InMemoryCatalogue {

    /** A book as kept: immutable, so handing out a {@link Book} never lets a caller change the store. */
    record StoredBook(
            BookId id, Title title, Isbn isbn, PublicationYear publishedYear, Authorship authorship, long version) {

        static StoredBook of(Book book) {
            return new StoredBook(
                    book.id(),
                    book.title(),
                    book.isbn().orElse(null),
                    book.publishedYear().orElse(null),
                    book.authorship(),
                    book.version());
        }

        Book toBook() {
            return Book.reconstitute(id, title, isbn, publishedYear, authorship, version);
        }

        SortPosition position() {
            return new SortPosition(title.sortKey(), id.value());
        }
    }

    final InMemoryUnitOfWork unitOfWork;
    private final AtomicLong lastBookId = new AtomicLong();
    private final AtomicLong lastAuthorId = new AtomicLong();
    private final Map<BookId, StoredBook> books = new HashMap<>();
    private final NavigableMap<SortPosition, BookId> booksByTitle = new TreeMap<>();
    private final Map<Isbn, BookId> bookByIsbn = new HashMap<>();
    private final Map<AuthorId, AuthorView> authors = new HashMap<>();
    private final NavigableMap<SortPosition, AuthorId> authorsByName = new TreeMap<>();

    InMemoryCatalogue(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    BookId nextBookId() {
        return new BookId(lastBookId.incrementAndGet());
    }

    AuthorId nextAuthorId() {
        return new AuthorId(lastAuthorId.incrementAndGet());
    }

    /** The highest book id handed out so far. */
    long lastBookId() {
        return lastBookId.get();
    }

    /**
     * Makes the ids handed out from now on come after {@code authorId} and {@code bookId} (a restore's), as a
     * sequence set after the highest restored id.
     */
    void continueIdsAfter(long authorId, long bookId) {
        lastAuthorId.accumulateAndGet(authorId, Math::max);
        lastBookId.accumulateAndGet(bookId, Math::max);
    }

    StoredBook book(BookId bookId) {
        return books.get(bookId);
    }

    Collection<StoredBook> books() {
        return books.values();
    }

    boolean hasIsbn(Isbn isbn) {
        return bookByIsbn.containsKey(isbn);
    }

    AuthorView author(AuthorId authorId) {
        return authors.get(authorId);
    }

    int authorCount() {
        return authors.size();
    }

    /**
     * Keeps the book in place of the one stored with its id, if any.
     *
     * @throws UnknownAuthorsException when a credited author does not exist
     * @throws DuplicateIsbnException  when another book has its ISBN
     */
    void putBook(Book book) {
        Set<AuthorId> unknown = book.authorship().authorIds().stream()
                .filter(id -> !authors.containsKey(id))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new UnknownAuthorsException(unknown);
        }
        book.isbn().ifPresent(isbn -> {
            BookId owner = bookByIsbn.get(isbn);
            if (owner != null && !owner.equals(book.id())) {
                throw new DuplicateIsbnException(isbn);
            }
        });
        removeBook(book.id());
        StoredBook stored = StoredBook.of(book);
        unitOfWork.write(books, stored.id(), stored);
        unitOfWork.write(booksByTitle, stored.position(), stored.id());
        if (stored.isbn() != null) {
            unitOfWork.write(bookByIsbn, stored.isbn(), stored.id());
        }
    }

    /** Forgets the book; nothing when there is none with this id. */
    void removeBook(BookId bookId) {
        StoredBook stored = books.get(bookId);
        if (stored == null) {
            return;
        }
        unitOfWork.write(books, stored.id(), null);
        unitOfWork.write(booksByTitle, stored.position(), null);
        if (stored.isbn() != null) {
            unitOfWork.write(bookByIsbn, stored.isbn(), null);
        }
    }

    /** Keeps the author in place of the one stored with its id, if any. */
    void putAuthor(Author author) {
        AuthorView stored = authors.get(author.id());
        if (stored != null) {
            unitOfWork.write(authorsByName, position(stored), null);
        }
        AuthorView kept = AuthorView.of(author);
        unitOfWork.write(authors, kept.id(), kept);
        unitOfWork.write(authorsByName, position(kept), kept.id());
    }

    /**
     * Forgets the author; nothing when there is none with this id.
     *
     * @throws AuthorStillCreditedException when a book credits the author
     */
    void removeAuthor(AuthorId authorId) {
        AuthorView stored = authors.get(authorId);
        if (stored == null) {
            return;
        }
        long crediting = books.values().stream()
                .filter(book -> book.authorship().credits(authorId))
                .count();
        if (crediting > 0) {
            throw new AuthorStillCreditedException(authorId, crediting);
        }
        unitOfWork.write(authors, authorId, null);
        unitOfWork.write(authorsByName, position(stored), null);
    }

    /** The book with its credited authors as they are now. */
    BookView view(StoredBook book) {
        return new BookView(
                book.id(),
                book.title(),
                book.isbn(),
                book.publishedYear(),
                book.authorship().authorIds().stream().map(this::credited).toList(),
                book.version());
    }

    CreditedAuthor credited(AuthorId authorId) {
        AuthorView author = authors.get(authorId);
        return new CreditedAuthor(author.id(), author.name(), author.version());
    }

    /** The books in listing order strictly after {@code after}; lazy, so consume it under the lock. */
    Stream<StoredBook> booksByTitleAfter(Keyset after) {
        return after(booksByTitle, after).stream().map(books::get);
    }

    /** The authors in listing order strictly after {@code after}; lazy, so consume it under the lock. */
    Stream<AuthorView> authorsByNameAfter(Keyset after) {
        return after(authorsByName, after).stream().map(authors::get);
    }

    /** The books whose title has {@code sortKey}, in id order; lazy, so consume it under the lock. */
    Stream<StoredBook> booksWithTitleKey(String sortKey) {
        return sameSortKey(booksByTitle, sortKey).stream().map(books::get);
    }

    /** The authors whose name has {@code sortKey}, in id order; lazy, so consume it under the lock. */
    Stream<AuthorView> authorsWithNameKey(String sortKey) {
        return sameSortKey(authorsByName, sortKey).stream().map(authors::get);
    }

    private static SortPosition position(AuthorView author) {
        return new SortPosition(author.name().sortKey(), author.id().value());
    }

    private static <I> Collection<I> sameSortKey(NavigableMap<SortPosition, I> ordered, String sortKey) {
        return ordered.subMap(
                        new SortPosition(sortKey, Long.MIN_VALUE),
                        true,
                        new SortPosition(sortKey, Long.MAX_VALUE),
                        true)
                .values();
    }

    private static <I> Collection<I> after(NavigableMap<SortPosition, I> ordered, Keyset after) {
        return after == null
                ? ordered.values()
                : ordered.tailMap(SortPosition.after(after), false).values();
    }
}
