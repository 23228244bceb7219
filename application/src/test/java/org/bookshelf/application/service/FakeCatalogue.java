package org.bookshelf.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportJobId;
import org.bookshelf.application.model.ImportState;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.out.BulkCatalogue;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.ImportJobsPort;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.Slice;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;

/**
 * The store an import runs on, in maps: its units of work undo everything when the work throws. One unit of work
 * at a time.
 */
final class FakeCatalogue implements UnitOfWork, BulkCatalogue, ImportJobsPort {

    private Map<AuthorId, AuthorName> authors = new LinkedHashMap<>();
    private TreeMap<BookId, Book> books = new TreeMap<>((one, other) -> Long.compare(one.value(), other.value()));
    private Map<ImportJobId, ImportJobRecord> jobs = new HashMap<>();
    private long lastId;
    private boolean inUnitOfWork;

    @Override
    public synchronized <T> T run(Supplier<T> work) {
        if (inUnitOfWork) {
            return work.get();
        }
        Map<AuthorId, AuthorName> authorsBefore = new LinkedHashMap<>(authors);
        TreeMap<BookId, Book> booksBefore = new TreeMap<>(books);
        Map<ImportJobId, ImportJobRecord> jobsBefore = new HashMap<>(jobs);
        inUnitOfWork = true;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            authors = authorsBefore;
            books = booksBefore;
            jobs = jobsBefore;
            throw e;
        } finally {
            inUnitOfWork = false;
        }
    }

    synchronized List<Book> books() {
        return List.copyOf(books.values());
    }

    synchronized AuthorName authorName(AuthorId id) {
        return authors.get(id);
    }

    synchronized Author registerAuthor(String name) {
        Author author = Author.register(new AuthorId(++lastId), new AuthorName(name));
        authors.put(author.id(), author.name());
        return author;
    }

    @Override
    public synchronized Map<AuthorName, List<AuthorId>> authorsNamed(Collection<AuthorName> names) {
        Map<AuthorName, List<AuthorId>> found = new HashMap<>();
        authors.forEach((id, name) -> {
            if (names.contains(name)) {
                // Newest first: the port promises no order, and the service must still credit the oldest.
                found.computeIfAbsent(name, shared -> new ArrayList<>()).add(0, id);
            }
        });
        return found;
    }

    @Override
    public synchronized Set<Isbn> isbnsPresent(Collection<Isbn> isbns) {
        Set<Isbn> present =
                books.values().stream().flatMap(book -> book.isbn().stream()).collect(Collectors.toSet());
        return isbns.stream().filter(present::contains).collect(Collectors.toSet());
    }

    @Override
    public synchronized Set<BookSignature> signaturesPresent(Collection<BookSignature> signatures) {
        Set<BookSignature> present = books.values().stream()
                .map(book -> new BookSignature(
                        book.title(),
                        book.authorship().authorIds().stream().map(authors::get).toList()))
                .collect(Collectors.toSet());
        return signatures.stream().filter(present::contains).collect(Collectors.toSet());
    }

    @Override
    public synchronized List<AuthorId> nextAuthorIds(int count) {
        return LongStream.range(0, count).mapToObj(i -> new AuthorId(++lastId)).toList();
    }

    @Override
    public synchronized List<BookId> nextBookIds(int count) {
        return LongStream.range(0, count).mapToObj(i -> new BookId(++lastId)).toList();
    }

    @Override
    public synchronized void insertAuthors(List<Author> newAuthors) {
        newAuthors.forEach(author -> authors.put(author.id(), author.name()));
    }

    @Override
    public synchronized void insertBooks(List<Book> newBooks) {
        Set<Isbn> isbns = new HashSet<>(isbnsPresent(
                newBooks.stream().flatMap(book -> book.isbn().stream()).toList()));
        for (Book book : newBooks) {
            book.isbn().filter(isbn -> !isbns.add(isbn)).ifPresent(isbn -> {
                throw new DuplicateIsbnException(isbn);
            });
            Set<AuthorId> unknown = book.authorship().authorIds().stream()
                    .filter(id -> !authors.containsKey(id))
                    .collect(Collectors.toSet());
            if (!unknown.isEmpty()) {
                throw new UnknownAuthorsException(unknown);
            }
            books.put(book.id(), book);
        }
    }

    /** Reads that scan this catalogue's books in id order, as an export does; no other read is faked here. */
    CatalogueReads scans() {
        return new CatalogueReads() {
            @Override
            public List<BookView> booksAfter(BookId after, int limit) {
                return FakeCatalogue.this.booksAfter(after, limit);
            }

            @Override
            public Optional<BookView> findBook(BookId bookId) {
                throw new UnsupportedOperationException("not faked");
            }

            @Override
            public Slice<BookView> findBooks(BookFilter filter, Keyset after, int limit) {
                throw new UnsupportedOperationException("not faked");
            }

            @Override
            public Optional<AuthorView> findAuthor(AuthorId authorId) {
                throw new UnsupportedOperationException("not faked");
            }

            @Override
            public Slice<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
                throw new UnsupportedOperationException("not faked");
            }

            @Override
            public List<String> wordsStartingWith(WordScope scope, String prefix, int max) {
                throw new UnsupportedOperationException("not faked");
            }

            @Override
            public Map<String, Long> wordFrequencies(WordScope scope, Collection<String> words, long upTo) {
                throw new UnsupportedOperationException("not faked");
            }

            @Override
            public CatalogueSize countCatalogue() {
                throw new UnsupportedOperationException("not faked");
            }
        };
    }

    private synchronized List<BookView> booksAfter(BookId after, int limit) {
        return (after == null ? books : books.tailMap(after, false))
                .values().stream()
                        .limit(limit)
                        .map(book -> new BookView(
                                book.id(),
                                book.title(),
                                book.isbn().orElse(null),
                                book.publishedYear().orElse(null),
                                book.authorship().authorIds().stream()
                                        .map(id -> new CreditedAuthor(id, authors.get(id), Author.FIRST_VERSION))
                                        .toList(),
                                book.version()))
                        .toList();
    }

    @Override
    public synchronized ImportJobId begin(Instant at) {
        ImportJobId job = new ImportJobId(++lastId);
        jobs.put(job, new ImportJobRecord(job, ImportState.RUNNING, ImportCounts.NONE, List.of(), null, at));
        return job;
    }

    @Override
    public synchronized void update(ImportJobId job, Progress progress, Instant at) {
        List<RowRejection> errors = new ArrayList<>(jobs.get(job).errors());
        errors.addAll(progress.newErrors());
        jobs.put(job, new ImportJobRecord(job, progress.state(), progress.counts(), errors, progress.failure(), at));
    }

    @Override
    public synchronized Optional<ImportJobRecord> find(ImportJobId job) {
        return Optional.ofNullable(jobs.get(job));
    }
}
