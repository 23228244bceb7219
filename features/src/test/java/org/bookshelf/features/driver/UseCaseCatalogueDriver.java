package org.bookshelf.features.driver;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bookshelf.adapter.imports.CatalogueFileFormats;
import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.IdempotencyKeyReusedException;
import org.bookshelf.application.exception.RegistrationGoneException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportFormat;
import org.bookshelf.application.model.ImportJobView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.RequestValue;
import org.bookshelf.application.port.in.CreditAuthorUseCase.CreditResult;
import org.bookshelf.application.port.in.FieldChange;
import org.bookshelf.application.port.in.ImportBooksUseCase.ImportProgress;
import org.bookshelf.application.port.in.ImportSource;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.port.in.RenameAuthorUseCase.RenameAuthorCommand;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase.ReplaceAuthorsCommand;
import org.bookshelf.application.port.in.UpdateBookUseCase.UpdateBookCommand;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.application.service.BookshelfFiles;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.AuthorshipFullException;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.CatalogueValue;
import org.bookshelf.domain.InvalidValueException;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.bookshelf.domain.ValueKind;

/**
 * Drives the catalogue through its use cases, in process, on whatever driven ports they were built
 * on. Refusals are told apart by the exception types the use cases declare.
 */
public final class UseCaseCatalogueDriver implements CatalogueDriver {

    /** The principal every request of the living documentation comes from. */
    private static final String CLIENT = "a client";

    /** The refusals' vocabulary ({@link CatalogueRefusal#fields()}) for the values the use cases refuse. */
    private static final Map<ValueKind, String> REFUSED_VALUES = Map.of(
            CatalogueValue.TITLE, "title",
            CatalogueValue.AUTHOR_NAME, "name",
            CatalogueValue.ISBN, "isbn",
            CatalogueValue.PUBLICATION_YEAR, "published_year",
            CatalogueValue.AUTHORSHIP, "authors",
            RequestValue.PAGE_SIZE, "limit",
            RequestValue.PAGE_CURSOR, "cursor",
            RequestValue.SEARCH_TEXT, "q");

    /** The threads of every scenario's imports: as many as they ask for, daemons. */
    private static final ExecutorService IMPORT_WORKERS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "features-import");
        thread.setDaemon(true);
        return thread;
    });

    private final BookshelfUseCases useCases;
    private final BookshelfFiles files;

    public UseCaseCatalogueDriver(DrivenPorts ports) {
        this.useCases = new BookshelfUseCases(ports);
        this.files = new BookshelfFiles(ports, new CatalogueFileFormats(), IMPORT_WORKERS);
    }

    @Override
    public AuthorDetails registerAuthor(String name) {
        return registerAuthor(name, null);
    }

    @Override
    public AuthorDetails registerAuthor(String name, String key) {
        return refusalsTranslated(() -> author(useCases.registerAuthor()
                .registerAuthor(new AuthorName(name), idempotencyKey(key))
                .registered()));
    }

    @Override
    public AuthorDetails author(String authorId) {
        return refusalsTranslated(() -> author(useCases.getAuthor().getAuthor(authorId(authorId))));
    }

    @Override
    public AuthorDetails renameAuthor(String authorId, String newName, Long expectedVersion) {
        return refusalsTranslated(() -> author(useCases.renameAuthor()
                .renameAuthor(new RenameAuthorCommand(authorId(authorId), new AuthorName(newName), expectedVersion))));
    }

    @Override
    public void deleteAuthor(String authorId, boolean removingCredits) {
        refusalsTranslated(() -> {
            useCases.deleteAuthor().deleteAuthor(authorId(authorId), removingCredits);
            return null;
        });
    }

    @Override
    public Listing<AuthorDetails> findAuthors(AuthorSearch search, Paging paging) {
        return refusalsTranslated(() -> {
            AuthorFilter filter = new AuthorFilter(
                    search.name() == null ? null : new AuthorName(search.name()),
                    search.words() == null ? null : SearchQuery.parse(search.words()));
            return listing(
                    useCases.findAuthors().findAuthors(filter, pageRequest(paging)), UseCaseCatalogueDriver::author);
        });
    }

    @Override
    public BookDetails registerBook(NewBook book) {
        return registerBook(book, null);
    }

    @Override
    public BookDetails registerBook(NewBook book, String key) {
        return refusalsTranslated(() -> book(useCases.registerBook()
                .registerBook(
                        new RegisterBookCommand(
                                new Title(book.title()),
                                isbn(book.isbn()),
                                year(book.publishedYear()),
                                authorship(book.authorIds())),
                        idempotencyKey(key))
                .registered()));
    }

    /** The key as the one client of the living documentation sends it; {@code null} for none. */
    private static IdempotencyKey idempotencyKey(String key) {
        return key == null ? null : new IdempotencyKey(CLIENT, key);
    }

    @Override
    public BookDetails book(String bookId) {
        return refusalsTranslated(() -> book(useCases.getBook().getBook(bookId(bookId))));
    }

    @Override
    public BookCopy copyOf(String bookId) {
        return refusalsTranslated(() -> {
            BookView book = useCases.getBook().getBook(bookId(bookId));
            return new BookCopy(book(book), book.revision().authorsVersion());
        });
    }

    @Override
    public boolean isCurrent(BookCopy copy) {
        return refusalsTranslated(() ->
                useCases.getBook().getBook(bookId(copy.book().id())).revision().equals(revision(copy)));
    }

    @Override
    public BookDetails changeBook(String bookId, BookChanges changes, BookCopy asRead) {
        return refusalsTranslated(() -> book(useCases.updateBook()
                .updateBook(new UpdateBookCommand(
                        bookId(bookId),
                        changes.title() == null ? null : new Title(changes.title()),
                        changes.changesIsbn() ? FieldChange.set(isbn(changes.isbn())) : FieldChange.keep(),
                        changes.changesYear() ? FieldChange.set(year(changes.publishedYear())) : FieldChange.keep(),
                        revision(asRead)))));
    }

    @Override
    public void deleteBook(String bookId) {
        refusalsTranslated(() -> {
            useCases.deleteBook().deleteBook(bookId(bookId));
            return null;
        });
    }

    @Override
    public Listing<BookDetails> findBooks(BookSearch search, Paging paging) {
        return refusalsTranslated(() -> {
            BookFilter filter = new BookFilter(
                    search.title() == null ? null : new Title(search.title()),
                    search.words() == null ? null : SearchQuery.parse(search.words()),
                    search.creditedAuthor() == null ? null : authorId(search.creditedAuthor()));
            return listing(useCases.findBooks().findBooks(filter, pageRequest(paging)), UseCaseCatalogueDriver::book);
        });
    }

    @Override
    public List<AuthorRef> authorsOf(String bookId) {
        return book(bookId).authors();
    }

    @Override
    public Credit credit(String bookId, String authorId) {
        return refusalsTranslated(() -> {
            CreditResult result = useCases.creditAuthor().creditAuthor(bookId(bookId), authorId(authorId));
            return new Credit(book(result.book()), result.newlyCredited());
        });
    }

    @Override
    public void removeCredit(String bookId, String authorId) {
        refusalsTranslated(() -> useCases.removeCredit().removeCredit(bookId(bookId), authorId(authorId)));
    }

    @Override
    public BookDetails replaceAuthors(String bookId, List<String> authorIds, BookCopy asRead) {
        return refusalsTranslated(() -> book(useCases.replaceAuthors()
                .replaceAuthors(new ReplaceAuthorsCommand(bookId(bookId), authorship(authorIds), revision(asRead)))));
    }

    @Override
    public Listing<BookDetails> booksOf(String authorId, Paging paging) {
        return refusalsTranslated(() -> listing(
                useCases.listBooksOfAuthor().listBooksOfAuthor(authorId(authorId), pageRequest(paging)),
                UseCaseCatalogueDriver::book));
    }

    @Override
    public ImportReport importBooks(String format, String content) {
        ImportFormat importFormat = ImportFormat.fromLabel(format).orElseThrow();
        ImportSource file = () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        try {
            ImportJobView ended = files.importBooks()
                    .startImport(importFormat, file, ImportProgress.ignored())
                    .awaitEnd();
            ImportJobView done = useCases.getImport().getImport(ended.id());
            ImportCounts counts = done.counts();
            return new ImportReport(
                    counts.rows(),
                    counts.booksCreated(),
                    counts.authorsCreated(),
                    counts.linksCreated(),
                    counts.alreadyPresent(),
                    counts.rejected(),
                    done.errors().stream()
                            .map(error -> new ImportReport.RefusedLine(error.line(), error.message()))
                            .toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    @Override
    public String export() {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try {
            files.exportBooks().exportBooks(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.toString(StandardCharsets.UTF_8);
    }

    /** Runs a call and turns each refusal the use cases declare into its outcome kind. */
    private static <T> T refusalsTranslated(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidValueException e) {
            throw new CatalogueRefusal(
                    Outcome.INVALID,
                    Set.of(REFUSED_VALUES.getOrDefault(e.kind(), e.kind().words())),
                    e.getMessage(),
                    e);
        } catch (BookNotFoundException | AuthorNotFoundException e) {
            throw new CatalogueRefusal(Outcome.NOT_FOUND, Set.of(), e.getMessage(), e);
        } catch (VersionConflictException e) {
            throw new CatalogueRefusal(Outcome.STALE_VERSION, Set.of(), e.getMessage(), e);
        } catch (AuthorStillCreditedException e) {
            throw new CatalogueRefusal(Outcome.STILL_CREDITED, Set.of(), e.getMessage(), e);
        } catch (UnknownAuthorsException e) {
            throw new CatalogueRefusal(Outcome.UNKNOWN_AUTHOR, Set.of(), e.getMessage(), e);
        } catch (DuplicateIsbnException e) {
            throw new CatalogueRefusal(Outcome.DUPLICATE_ISBN, Set.of(), e.getMessage(), e);
        } catch (AuthorshipFullException e) {
            throw new CatalogueRefusal(Outcome.AUTHORSHIP_FULL, Set.of(), e.getMessage(), e);
        } catch (IdempotencyKeyReusedException e) {
            throw new CatalogueRefusal(Outcome.KEY_REUSED, Set.of(), e.getMessage(), e);
        } catch (RegistrationGoneException e) {
            throw new CatalogueRefusal(Outcome.GONE, Set.of(), e.getMessage(), e);
        }
    }

    private static PageRequest pageRequest(Paging paging) {
        int size = paging.size() == null ? PageRequest.DEFAULT_LIMIT : paging.size();
        return new PageRequest(size, paging.marker());
    }

    private static <V, T> Listing<T> listing(Page<V> page, Function<V, T> convert) {
        return new Listing<>(page.items().stream().map(convert).toList(), page.nextCursor(), page.suggestions());
    }

    private static Authorship authorship(List<String> authorIds) {
        return Authorship.of(
                authorIds.stream().map(UseCaseCatalogueDriver::authorId).toList());
    }

    /** What the catalogue compares the copy against; {@code null} for no copy. */
    private static BookRevision revision(BookCopy copy) {
        return copy == null ? null : new BookRevision(copy.book().version(), copy.authorsVersion());
    }

    private static Isbn isbn(String written) {
        return written == null ? null : Isbn.parse(written);
    }

    private static PublicationYear year(Integer year) {
        return year == null ? null : new PublicationYear(year);
    }

    private static AuthorId authorId(String id) {
        return new AuthorId(Long.parseLong(id));
    }

    private static BookId bookId(String id) {
        return new BookId(Long.parseLong(id));
    }

    private static AuthorDetails author(AuthorView author) {
        return new AuthorDetails(
                String.valueOf(author.id().value()), author.name().value(), author.version());
    }

    private static BookDetails book(BookView book) {
        return new BookDetails(
                String.valueOf(book.id().value()),
                book.title().value(),
                book.isbn() == null ? null : book.isbn().value(),
                book.publishedYear() == null ? null : book.publishedYear().value(),
                book.authors().stream()
                        .map(author -> new AuthorRef(
                                String.valueOf(author.id().value()),
                                author.name().value()))
                        .toList(),
                book.version());
    }
}
