package org.bookshelf.application.service;

import java.time.Clock;
import java.util.Objects;
import org.bookshelf.application.port.in.BackupCatalogueUseCase;
import org.bookshelf.application.port.in.CountCatalogueUseCase;
import org.bookshelf.application.port.in.CreditAuthorUseCase;
import org.bookshelf.application.port.in.DeleteAuthorUseCase;
import org.bookshelf.application.port.in.DeleteBookUseCase;
import org.bookshelf.application.port.in.FindAuthorsUseCase;
import org.bookshelf.application.port.in.FindBooksUseCase;
import org.bookshelf.application.port.in.GetAuthorUseCase;
import org.bookshelf.application.port.in.GetBookUseCase;
import org.bookshelf.application.port.in.GetImportUseCase;
import org.bookshelf.application.port.in.ListBooksOfAuthorUseCase;
import org.bookshelf.application.port.in.RegisterAuthorUseCase;
import org.bookshelf.application.port.in.RegisterBookUseCase;
import org.bookshelf.application.port.in.RemoveCreditUseCase;
import org.bookshelf.application.port.in.RenameAuthorUseCase;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase;
import org.bookshelf.application.port.in.RestoreCatalogueUseCase;
import org.bookshelf.application.port.in.UpdateBookUseCase;
import org.bookshelf.application.port.out.AuthorRepository;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.port.out.BulkCatalogue;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.CatalogueSnapshots;
import org.bookshelf.application.port.out.IdempotencyRecordsPort;
import org.bookshelf.application.port.out.ImportJobsPort;
import org.bookshelf.application.port.out.UnitOfWork;

/**
 * Builds every use case on one set of driven ports but those of files ({@link BookshelfFiles}). These two are
 * the only ways in from outside the application: the services themselves are not visible, only the use case
 * interfaces they implement.
 */
public final class BookshelfUseCases {

    private final RegisterAuthorUseCase registerAuthor;
    private final RenameAuthorUseCase renameAuthor;
    private final DeleteAuthorUseCase deleteAuthor;
    private final GetAuthorUseCase getAuthor;
    private final FindAuthorsUseCase findAuthors;
    private final RegisterBookUseCase registerBook;
    private final UpdateBookUseCase updateBook;
    private final DeleteBookUseCase deleteBook;
    private final CreditAuthorUseCase creditAuthor;
    private final RemoveCreditUseCase removeCredit;
    private final ReplaceAuthorsUseCase replaceAuthors;
    private final GetBookUseCase getBook;
    private final FindBooksUseCase findBooks;
    private final ListBooksOfAuthorUseCase listBooksOfAuthor;
    private final CountCatalogueUseCase countCatalogue;
    private final GetImportUseCase getImport;
    private final BackupCatalogueUseCase backupCatalogue;
    private final RestoreCatalogueUseCase restoreCatalogue;

    /**
     * The driven ports the use cases run on: a repository per aggregate, the catalogue's reads, the bulk
     * catalogue and import jobs of imports, the idempotency records, the snapshots of backups, all in the
     * {@code unitOfWork}.
     */
    public record DrivenPorts(
            UnitOfWork unitOfWork,
            BookRepository books,
            AuthorRepository authors,
            CatalogueReads reads,
            IdempotencyRecordsPort idempotencyRecords,
            BulkCatalogue bulkCatalogue,
            ImportJobsPort importJobs,
            CatalogueSnapshots catalogueSnapshots) {

        public DrivenPorts {
            Objects.requireNonNull(unitOfWork, "unitOfWork");
            Objects.requireNonNull(books, "books");
            Objects.requireNonNull(authors, "authors");
            Objects.requireNonNull(reads, "reads");
            Objects.requireNonNull(idempotencyRecords, "idempotencyRecords");
            Objects.requireNonNull(bulkCatalogue, "bulkCatalogue");
            Objects.requireNonNull(importJobs, "importJobs");
            Objects.requireNonNull(catalogueSnapshots, "catalogueSnapshots");
        }
    }

    /** The use cases on {@code ports}, telling the age of idempotency keys and imports by the system clock. */
    public BookshelfUseCases(DrivenPorts ports) {
        this(ports, Clock.systemUTC());
    }

    /** The use cases on {@code ports}, telling the age of idempotency keys and imports by {@code clock}. */
    public BookshelfUseCases(DrivenPorts ports, Clock clock) {
        UnitOfWork unitOfWork = ports.unitOfWork();
        OncePerKey oncePerKey = new OncePerKey(unitOfWork, ports.idempotencyRecords(), clock);
        registerAuthor = new RegisterAuthorService(oncePerKey, ports.authors(), ports.reads());
        renameAuthor = new RenameAuthorService(unitOfWork, ports.authors());
        deleteAuthor = new DeleteAuthorService(unitOfWork, ports.authors(), ports.books());
        getAuthor = new GetAuthorService(unitOfWork, ports.reads());
        SearchSlots searchSlots = SearchSlots.forThisMachine();
        findAuthors = new FindAuthorsService(unitOfWork, ports.reads(), searchSlots);
        registerBook = new RegisterBookService(oncePerKey, ports.books(), ports.reads());
        updateBook = new UpdateBookService(unitOfWork, ports.books());
        deleteBook = new DeleteBookService(unitOfWork, ports.books());
        creditAuthor = new CreditAuthorService(unitOfWork, ports.books());
        removeCredit = new RemoveCreditService(unitOfWork, ports.books(), ports.authors());
        replaceAuthors = new ReplaceAuthorsService(unitOfWork, ports.books());
        getBook = new GetBookService(unitOfWork, ports.reads());
        findBooks = new FindBooksService(unitOfWork, ports.reads(), searchSlots);
        listBooksOfAuthor = new ListBooksOfAuthorService(unitOfWork, ports.reads());
        countCatalogue = new CountCatalogueService(unitOfWork, ports.reads());
        getImport = new GetImportService(unitOfWork, ports.importJobs(), clock);
        backupCatalogue = new BackupCatalogueService(ports.catalogueSnapshots(), clock);
        restoreCatalogue = new RestoreCatalogueService(unitOfWork, ports.catalogueSnapshots());
    }

    public RegisterAuthorUseCase registerAuthor() {
        return registerAuthor;
    }

    public RenameAuthorUseCase renameAuthor() {
        return renameAuthor;
    }

    public DeleteAuthorUseCase deleteAuthor() {
        return deleteAuthor;
    }

    public GetAuthorUseCase getAuthor() {
        return getAuthor;
    }

    public FindAuthorsUseCase findAuthors() {
        return findAuthors;
    }

    public RegisterBookUseCase registerBook() {
        return registerBook;
    }

    public UpdateBookUseCase updateBook() {
        return updateBook;
    }

    public DeleteBookUseCase deleteBook() {
        return deleteBook;
    }

    public CreditAuthorUseCase creditAuthor() {
        return creditAuthor;
    }

    public RemoveCreditUseCase removeCredit() {
        return removeCredit;
    }

    public ReplaceAuthorsUseCase replaceAuthors() {
        return replaceAuthors;
    }

    public GetBookUseCase getBook() {
        return getBook;
    }

    public FindBooksUseCase findBooks() {
        return findBooks;
    }

    public ListBooksOfAuthorUseCase listBooksOfAuthor() {
        return listBooksOfAuthor;
    }

    public CountCatalogueUseCase countCatalogue() {
        return countCatalogue;
    }

    public GetImportUseCase getImport() {
        return getImport;
    }

    public BackupCatalogueUseCase backupCatalogue() {
        return backupCatalogue;
    }

    public RestoreCatalogueUseCase restoreCatalogue() {
        return restoreCatalogue;
    }
}
