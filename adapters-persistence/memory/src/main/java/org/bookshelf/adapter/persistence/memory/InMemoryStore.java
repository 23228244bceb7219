package org.bookshelf.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.port.out.CountCataloguePort;
import org.bookshelf.application.port.out.BulkStorePort;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.MatchCataloguePort;
import org.bookshelf.application.port.out.QueryAuthorsPort;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.ScanBooksPort;
import org.bookshelf.application.port.out.StoreAuthorPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * Every driven port on maps in memory, with the same guarantees as the database: unique ISBNs,
 * version checks, no author deleted while credited, and all-or-nothing units of work.
 */
final class InMemoryStore implements LoadBookPort, StoreBookPort, QueryBooksPort,
        LoadAuthorPort, StoreAuthorPort, QueryAuthorsPort, CountCataloguePort, MatchCataloguePort, BulkStorePort,
        ScanBooksPort {

    /** A book as kept: immutable, so handing out a {@link Book} never lets a caller change the store. */
    private record StoredBook(BookId id, Title title, Isbn isbn, PublicationYear publishedYear,
            Authorship authorship, long version) {

        static StoredBook of(Book book) {
            return new StoredBook(book.id(), book.title(), book.isbn().orElse(null),
                    book.publishedYear().orElse(null), book.authorship(), book.version());
        }

        Book toBook() {
            return Book.reconstitute(id, title, isbn, publishedYear, authorship, version);
        }

        SortPosition position() {
            return new SortPosition(title.sortKey(), id.value());
        }
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final AtomicLong lastBookId = new AtomicLong();
    private final AtomicLong lastAuthorId = new AtomicLong();
    private final Map<BookId, StoredBook> books = new HashMap<>();
    private final NavigableMap<SortPosition, BookId> booksByTitle = new TreeMap<>();
    private final Map<Isbn, BookId> bookByIsbn = new HashMap<>();
    private final Map<AuthorId, AuthorView> authors = new HashMap<>();
    private final NavigableMap<SortPosition, AuthorId> authorsByName = new TreeMap<>();

    InMemoryStore(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    // Books

    @Override
    public Optional<Book> loadForUpdate(BookId bookId) {
        return unitOfWork.read(() -> Optional.ofNullable(books.get(bookId)).map(StoredBook::toBook));
    }

    @Override
    public List<Book> loadCreditingForUpdate(AuthorId authorId) {
        return unitOfWork.read(() -> books.values().stream()
                .filter(book -> book.authorship().credits(authorId))
                .sorted(Comparator.comparingLong(book -> book.id().value()))
                .map(StoredBook::toBook)
                .toList());
    }

    @Override
    public BookView describe(Book book) {
        return unitOfWork.read(() -> view(StoredBook.of(book)));
    }

    @Override
    public BookId nextBookId() {
        return new BookId(lastBookId.incrementAndGet());
    }

    @Override
    public void insert(Book book) {
        unitOfWork.run(() -> {
            requireKnownAuthors(book.authorship());
            requireIsbnFree(book);
            put(StoredBook.of(book));
            return null;
        });
    }

    @Override
    public void update(Book book, long expectedVersion) {
        unitOfWork.run(() -> {
            StoredBook stored = books.get(book.id());
            if (stored == null || stored.version() != expectedVersion) {
                throw new VersionConflictException("book " + book.id(), expectedVersion,
                        stored == null ? 0 : stored.version());
            }
            requireKnownAuthors(book.authorship());
            requireIsbnFree(book);
            remove(stored);
            put(StoredBook.of(book));
            return null;
        });
    }

    @Override
    public void updateAll(List<BookChange> changes) {
        unitOfWork.run(() -> {
            changes.forEach(change -> update(change.book(), change.expectedVersion()));
            return null;
        });
    }

    @Override
    public void delete(BookId bookId) {
        unitOfWork.run(() -> {
            StoredBook stored = books.get(bookId);
            if (stored != null) {
                remove(stored);
            }
            return null;
        });
    }

    @Override
    public Optional<BookView> findBook(BookId bookId) {
        return unitOfWork.read(() -> Optional.ofNullable(books.get(bookId)).map(this::view));
    }

    @Override
    public List<BookView> findBooks(BookFilter filter, Keyset after, int limit) {
        Predicate<StoredBook> matches = book -> (filter.title() == null || filter.title().equals(book.title()))
                && (filter.titleContains() == null || book.title().sortKey().contains(filter.titleContains()))
                && (filter.creditedAuthor() == null || book.authorship().credits(filter.creditedAuthor()));
        return unitOfWork.read(() -> after(booksByTitle, after).stream()
                .map(books::get)
                .filter(matches)
                .limit(limit)
                .map(this::view)
                .toList());
    }

    @Override
    public long countBooksCrediting(AuthorId authorId) {
        return unitOfWork.read(() -> books.values().stream()
                .filter(book -> book.authorship().credits(authorId))
                .count());
    }

    private BookView view(StoredBook book) {
        List<CreditedAuthor> credited = book.authorship().authorIds().stream()
                .map(authors::get)
                .map(author -> new CreditedAuthor(author.id(), author.name(), author.version()))
                .toList();
        return new BookView(book.id(), book.title(), book.isbn(), book.publishedYear(), credited, book.version());
    }

    private void requireKnownAuthors(Authorship authorship) {
        Set<AuthorId> unknown = authorship.authorIds().stream()
                .filter(id -> !authors.containsKey(id))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new UnknownAuthorsException(unknown);
        }
    }

    private void requireIsbnFree(Book book) {
        book.isbn().ifPresent(isbn -> {
            BookId owner = bookByIsbn.get(isbn);
            if (owner != null && !owner.equals(book.id())) {
                throw new DuplicateIsbnException(isbn);
            }
        });
    }

    private void put(StoredBook book) {
        unitOfWork.write(books, book.id(), book);
        unitOfWork.write(booksByTitle, book.position(), book.id());
        if (book.isbn() != null) {
            unitOfWork.write(bookByIsbn, book.isbn(), book.id());
        }
    }

    private void remove(StoredBook book) {
        unitOfWork.write(books, book.id(), null);
        unitOfWork.write(booksByTitle, book.position(), null);
        if (book.isbn() != null) {
            unitOfWork.write(bookByIsbn, book.isbn(), null);
        }
    }

    // Authors

    @Override
    public Optional<Author> loadForUpdate(AuthorId authorId) {
        return unitOfWork.read(() -> Optional.ofNullable(authors.get(authorId))
                .map(author -> Author.reconstitute(author.id(), author.name(), author.version())));
    }

    @Override
    public Set<AuthorId> lockExisting(Collection<AuthorId> authorIds) {
        return unitOfWork.read(() -> authorIds.stream()
                .filter(authors::containsKey)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    @Override
    public AuthorId nextAuthorId() {
        return new AuthorId(lastAuthorId.incrementAndGet());
    }

    @Override
    public void insert(Author author) {
        unitOfWork.run(() -> {
            put(new AuthorView(author.id(), author.name(), author.version()));
            return null;
        });
    }

    @Override
    public void update(Author author, long expectedVersion) {
        unitOfWork.run(() -> {
            AuthorView stored = authors.get(author.id());
            if (stored == null || stored.version() != expectedVersion) {
                throw new VersionConflictException("author " + author.id(), expectedVersion,
                        stored == null ? 0 : stored.version());
            }
            remove(stored);
            put(new AuthorView(author.id(), author.name(), author.version()));
            return null;
        });
    }

    @Override
    public void delete(AuthorId authorId) {
        unitOfWork.run(() -> {
            AuthorView stored = authors.get(authorId);
            if (stored == null) {
                return null;
            }
            long crediting = countBooksCrediting(authorId);
            if (crediting > 0) {
                throw new AuthorStillCreditedException(authorId, crediting);
            }
            remove(stored);
            return null;
        });
    }

    @Override
    public Optional<AuthorView> findAuthor(AuthorId authorId) {
        return unitOfWork.read(() -> Optional.ofNullable(authors.get(authorId)));
    }

    @Override
    public List<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
        Predicate<AuthorView> matches = author -> (filter.name() == null || filter.name().equals(author.name()))
                && (filter.nameContains() == null || author.name().sortKey().contains(filter.nameContains()));
        return unitOfWork.read(() -> after(authorsByName, after).stream()
                .map(authors::get)
                .filter(matches)
                .limit(limit)
                .toList());
    }

    private void put(AuthorView author) {
        unitOfWork.write(authors, author.id(), author);
        unitOfWork.write(authorsByName, position(author), author.id());
    }

    private void remove(AuthorView author) {
        unitOfWork.write(authors, author.id(), null);
        unitOfWork.write(authorsByName, position(author), null);
    }

    private static SortPosition position(AuthorView author) {
        return new SortPosition(author.name().sortKey(), author.id().value());
    }

    // The whole catalogue

    @Override
    public CatalogueSize countCatalogue() {
        return unitOfWork.read(() -> new CatalogueSize(books.size(), authors.size(),
                books.values().stream().mapToLong(book -> book.authorship().size()).sum()));
    }

    // Many at once: imports and exports

    @Override
    public Map<AuthorName, AuthorId> authorsNamed(Collection<AuthorName> names) {
        return unitOfWork.read(() -> {
            Map<AuthorName, AuthorId> found = new HashMap<>();
            for (AuthorName name : names) {
                sameSortKey(authorsByName, name.sortKey()).stream()
                        .filter(id -> authors.get(id).name().equals(name))
                        .findFirst()
                        .ifPresent(id -> found.put(name, id));
            }
            return found;
        });
    }

    @Override
    public Set<Isbn> isbnsPresent(Collection<Isbn> isbns) {
        return unitOfWork.read(() -> isbns.stream().filter(bookByIsbn::containsKey).collect(Collectors.toSet()));
    }

    @Override
    public Set<BookSignature> signaturesPresent(Collection<BookSignature> signatures) {
        return unitOfWork.read(() -> {
            Set<BookSignature> present = new HashSet<>();
            for (BookSignature signature : signatures) {
                for (BookId id : sameSortKey(booksByTitle, signature.title().sortKey())) {
                    StoredBook book = books.get(id);
                    if (book.title().equals(signature.title()) && signature.authorNames().equals(
                            book.authorship().authorIds().stream().map(author -> authors.get(author).name()).toList())) {
                        present.add(signature);
                    }
                }
            }
            return present;
        });
    }

    @Override
    public List<AuthorId> nextAuthorIds(int count) {
        return fresh(count, this::nextAuthorId);
    }

    @Override
    public List<BookId> nextBookIds(int count) {
        return fresh(count, this::nextBookId);
    }

    @Override
    public void insertAuthors(List<Author> newAuthors) {
        unitOfWork.run(() -> {
            newAuthors.forEach(this::insert);
            return null;
        });
    }

    @Override
    public void insertBooks(List<Book> newBooks) {
        unitOfWork.run(() -> {
            newBooks.forEach(this::insert);
            return null;
        });
    }

    /** Walks the ids handed out after {@code after}: the store keeps books by id in no order. */
    @Override
    public List<BookView> booksAfter(BookId after, int limit) {
        return unitOfWork.read(() -> {
            List<BookView> found = new ArrayList<>();
            long last = lastBookId.get();
            for (long id = after == null ? 1 : after.value() + 1; id <= last && found.size() < limit; id++) {
                StoredBook book = books.get(new BookId(id));
                if (book != null) {
                    found.add(view(book));
                }
            }
            return found;
        });
    }

    /** Every author, in id order. */
    List<AuthorView> authorsInIdOrder() {
        return unitOfWork.read(() -> authors.values().stream()
                .sorted(Comparator.comparingLong(author -> author.id().value()))
                .toList());
    }

    /** Makes the ids handed out from now on come after {@code authorId} and {@code bookId}. */
    void continueIdsAfter(long authorId, long bookId) {
        lastAuthorId.accumulateAndGet(authorId, Math::max);
        lastBookId.accumulateAndGet(bookId, Math::max);
    }

    private static <I> List<I> fresh(int count, Supplier<I> next) {
        List<I> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(next.get());
        }
        return ids;
    }

    /** The ids whose sort key is {@code sortKey}, in id order; read under the lock. */
    private static <I> Collection<I> sameSortKey(NavigableMap<SortPosition, I> ordered, String sortKey) {
        return ordered.subMap(new SortPosition(sortKey, Long.MIN_VALUE), true, new SortPosition(sortKey, Long.MAX_VALUE),
                true).values();
    }

    /** The ids in listing order strictly after {@code after}; a live view, so read it under the lock. */
    private static <I> Collection<I> after(NavigableMap<SortPosition, I> ordered, Keyset after) {
        return after == null ? ordered.values() : ordered.tailMap(SortPosition.after(after), false).values();
    }
}
