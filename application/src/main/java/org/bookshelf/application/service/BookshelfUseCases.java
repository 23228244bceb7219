package org.bookshelf.application.service;

import java.time.Clock;
import java.util.Objects;
import org.bookshelf.application.port.in.BackupCatalogueUseCase;
import org.bookshelf.application.port.in.CountCatalogueUseCase;
import org.bookshelf.application.port.in.CreditAuthorUseCase;
import org.bookshelf.application.port.in.DeleteAuthorUseCase;
import org.bookshelf.application.port.in.DeleteBookUseCase;
import org.bookshelf.application.port.in.ExportBooksUseCase;
import org.bookshelf.application.port.in.FindAuthorsUseCase;
import org.bookshelf.application.port.in.FindBooksUseCase;
import org.bookshelf.application.port.in.GetAuthorUseCase;
import org.bookshelf.application.port.in.GetBookUseCase;
import org.bookshelf.application.port.in.GetImportUseCase;
import org.bookshelf.application.port.in.ImportBooksUseCase;
import org.bookshelf.application.port.in.ListBooksOfAuthorUseCase;
import org.bookshelf.application.port.in.RegisterAuthorUseCase;
import org.bookshelf.application.port.in.RegisterBookUseCase;
import org.bookshelf.application.port.in.RemoveCreditUseCase;
import org.bookshelf.application.port.in.RenameAuthorUseCase;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase;
import org.bookshelf.application.port.in.RestoreCatalogueUseCase;
import org.bookshelf.application.port.in.UpdateBookUseCase;
import org.bookshelf.application.port.out.CountCataloguePort;
import org.bookshelf.application.port.out.BulkStorePort;
import org.bookshelf.application.port.out.CatalogueSnapshots;
import org.bookshelf.application.port.out.IdempotencyRecordsPort;
import org.bookshelf.application.port.out.ImportJobsPort;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.LoadBookPort;
import org.bookshelf.application.port.out.MatchCataloguePort;
import org.bookshelf.application.port.out.QueryAuthorsPort;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.ScanBooksPort;
import org.bookshelf.application.port.out.StoreAuthorPort;
import org.bookshelf.application.port.out.StoreBookPort;
import org.bookshelf.application.port.out.UnitOfWork;

/**
 * Builds every use case on one set of driven ports. This is the only way in from outside the
 * application: the services themselves are not visible, only the use case interfaces they implement.
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
    private final ImportBooksUseCase importBooks;
    private final GetImportUseCase getImport;
    private final ExportBooksUseCase exportBooks;
    private final BackupCatalogueUseCase backupCatalogue;
    private final RestoreCatalogueUseCase restoreCatalogue;

    /** The driven ports the use cases run on; one adapter may well implement several of them. */
    public record DrivenPorts(UnitOfWork unitOfWork, LoadBookPort loadBooks, StoreBookPort storeBooks,
            LoadAuthorPort loadAuthors, StoreAuthorPort storeAuthors, QueryBooksPort queryBooks,
            QueryAuthorsPort queryAuthors, IdempotencyRecordsPort idempotencyRecords, CountCataloguePort countCatalogue,
            MatchCataloguePort matchCatalogue, BulkStorePort bulkStore, ImportJobsPort importJobs,
            ScanBooksPort scanBooks, CatalogueSnapshots catalogueSnapshots) {

        public DrivenPorts {
            Objects.requireNonNull(unitOfWork, "unitOfWork");
            Objects.requireNonNull(loadBooks, "loadBooks");
            Objects.requireNonNull(storeBooks, "storeBooks");
            Objects.requireNonNull(loadAuthors, "loadAuthors");
            Objects.requireNonNull(storeAuthors, "storeAuthors");
            Objects.requireNonNull(queryBooks, "queryBooks");
            Objects.requireNonNull(queryAuthors, "queryAuthors");
            Objects.requireNonNull(idempotencyRecords, "idempotencyRecords");
            Objects.requireNonNull(countCatalogue, "countCatalogue");
            Objects.requireNonNull(matchCatalogue, "matchCatalogue");
            Objects.requireNonNull(bulkStore, "bulkStore");
            Objects.requireNonNull(importJobs, "importJobs");
            Objects.requireNonNull(scanBooks, "scanBooks");
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
        registerAuthor = new RegisterAuthorService(oncePerKey, ports.storeAuthors(), ports.queryAuthors());
        renameAuthor = new RenameAuthorService(unitOfWork, ports.loadAuthors(), ports.storeAuthors());
        deleteAuthor = new DeleteAuthorService(unitOfWork, ports.loadAuthors(), ports.storeAuthors(),
                ports.loadBooks(), ports.storeBooks(), ports.queryBooks());
        getAuthor = new GetAuthorService(unitOfWork, ports.queryAuthors());
        findAuthors = new FindAuthorsService(unitOfWork, ports.queryAuthors());
        registerBook = new RegisterBookService(oncePerKey, ports.loadBooks(), ports.storeBooks(), ports.queryBooks());
        updateBook = new UpdateBookService(unitOfWork, ports.loadBooks(), ports.storeBooks());
        deleteBook = new DeleteBookService(unitOfWork, ports.loadBooks(), ports.storeBooks());
        creditAuthor = new CreditAuthorService(unitOfWork, ports.loadBooks(), ports.storeBooks());
        removeCredit = new RemoveCreditService(unitOfWork, ports.loadBooks(), ports.storeBooks(), ports.loadAuthors());
        replaceAuthors = new ReplaceAuthorsService(unitOfWork, ports.loadBooks(), ports.storeBooks());
        getBook = new GetBookService(unitOfWork, ports.queryBooks());
        findBooks = new FindBooksService(unitOfWork, ports.queryBooks());
        listBooksOfAuthor = new ListBooksOfAuthorService(unitOfWork, ports.queryAuthors(), ports.queryBooks());
        countCatalogue = new CountCatalogueService(unitOfWork, ports.countCatalogue());
        importBooks = new ImportBooksService(unitOfWork, ports.matchCatalogue(), ports.bulkStore(), ports.importJobs(),
                clock);
        getImport = new GetImportService(unitOfWork, ports.importJobs(), clock);
        exportBooks = new ExportBooksService(unitOfWork, ports.scanBooks());
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

    public ImportBooksUseCase importBooks() {
        return importBooks;
    }

    public GetImportUseCase getImport() {
        return getImport;
    }

    public ExportBooksUseCase exportBooks() {
        return exportBooks;
    }

    public BackupCatalogueUseCase backupCatalogue() {
        return backupCatalogue;
    }

    public RestoreCatalogueUseCase restoreCatalogue() {
        return restoreCatalogue;
    }
}
