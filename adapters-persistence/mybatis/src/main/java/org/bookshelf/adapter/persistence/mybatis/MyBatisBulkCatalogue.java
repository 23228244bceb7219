package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.application.port.out.BulkCatalogue;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * Many books and authors at once, for imports: look-ups of names, ISBNs and signatures with one statement per
 * {@link JsonArrays JSON array} of them, and inserts with {@code LOAD DATA LOCAL INFILE}, one statement per
 * table and {@value TabSeparatedRows#ROWS_PER_BATCH} rows (see {@code docs/persistence.md}, "Imports and
 * exports"). Fresh ids come from the id sequences, as many as asked in one statement.
 *
 * <p>Each write runs in the caller's unit of work, or in one of its own when called outside any.
 */
final class MyBatisBulkCatalogue implements BulkCatalogue {

    static final int ROWS_PER_STATEMENT = 1000;

    // The columns of TabSeparatedRows written by insertAuthors and insertBooks, in order.
    static final String LOAD_AUTHORS = "LOAD DATA LOCAL INFILE 'authors' INTO TABLE authors"
            + " CHARACTER SET utf8mb4 (id, name, name_key, version)"
            + " SET created_at = UTC_TIMESTAMP(6), updated_at = UTC_TIMESTAMP(6)";
    static final String LOAD_BOOKS = "LOAD DATA LOCAL INFILE 'books' INTO TABLE books"
            + " CHARACTER SET utf8mb4 (id, title, title_key, isbn, published_year, version)"
            + " SET created_at = UTC_TIMESTAMP(6), updated_at = UTC_TIMESTAMP(6)";
    static final String LOAD_LINKS = "LOAD DATA LOCAL INFILE 'book_author' INTO TABLE book_author"
            + " CHARACTER SET utf8mb4 (book_id, author_id, position)";

    private final UnitOfWork unitOfWork;
    private final BulkCatalogueMapper bulk;
    private final AuthorMapper authors;
    private final LocalInfile localInfile;

    MyBatisBulkCatalogue(
            UnitOfWork unitOfWork, BulkCatalogueMapper bulk, AuthorMapper authors, LocalInfile localInfile) {
        this.unitOfWork = unitOfWork;
        this.bulk = bulk;
        this.authors = authors;
        this.localInfile = localInfile;
    }

    @Override
    public Map<AuthorName, List<AuthorId>> authorsNamed(Collection<AuthorName> names) {
        Set<String> wanted = new HashSet<>();
        names.forEach(name -> wanted.add(name.value()));
        Map<AuthorName, List<AuthorId>> found = new HashMap<>();
        JsonArrays.of(names.stream().map(AuthorName::sortKey).distinct().toList())
                .forEach(nameKeys -> bulk.authorsWithNameKeys(nameKeys).stream()
                        .filter(row -> wanted.contains(row.name()))
                        .forEach(row -> found.computeIfAbsent(new AuthorName(row.name()), name -> new ArrayList<>())
                                .add(new AuthorId(row.id()))));
        return found;
    }

    @Override
    public Set<Isbn> isbnsPresent(Collection<Isbn> isbns) {
        Set<Isbn> present = new HashSet<>();
        JsonArrays.of(isbns.stream().distinct().map(Isbn::value).toList())
                .forEach(values -> bulk.isbnsPresent(values).forEach(isbn -> present.add(new Isbn(isbn))));
        return present;
    }

    /**
     * Books crediting one of their authors with one of their titles, looked up by the pair of the signature's first
     * author and title; books crediting nobody by the titles of the signatures without authors; then compared
     * exactly. One statement for each {@link JsonArrays JSON array} of them.
     */
    @Override
    public Set<BookSignature> signaturesPresent(Collection<BookSignature> signatures) {
        Set<BookSignature> wanted = new HashSet<>(signatures);
        Set<BookSignature> present = new HashSet<>();
        Consumer<List<SignatureRow>> keepWanted =
                rows -> signaturesOf(rows).stream().filter(wanted::contains).forEach(present::add);
        JsonArrays.ofTuples(wanted.stream()
                        .filter(signature -> !signature.authorNames().isEmpty())
                        .map(signature -> List.of(
                                signature.authorNames().get(0).sortKey(),
                                signature.title().sortKey()))
                        .distinct()
                        .toList())
                .forEach(nameAndTitleKeys -> keepWanted.accept(bulk.signaturesCrediting(nameAndTitleKeys)));
        JsonArrays.of(wanted.stream()
                        .filter(signature -> signature.authorNames().isEmpty())
                        .map(signature -> signature.title().sortKey())
                        .distinct()
                        .toList())
                .forEach(titleKeys -> keepWanted.accept(bulk.signaturesCreditingNobody(titleKeys)));
        return present;
    }

    /** The signature of each book of {@code rows}, which come book by book, authors in credit order. */
    private static List<BookSignature> signaturesOf(List<SignatureRow> rows) {
        Map<Long, List<SignatureRow>> byBook = new LinkedHashMap<>();
        rows.forEach(row ->
                byBook.computeIfAbsent(row.bookId(), id -> new ArrayList<>()).add(row));
        return byBook.values().stream()
                .map(book -> new BookSignature(
                        new Title(book.get(0).title()),
                        book.stream()
                                .filter(row -> row.authorName() != null)
                                .map(row -> new AuthorName(row.authorName()))
                                .toList()))
                .toList();
    }

    @Override
    public List<AuthorId> nextAuthorIds(int count) {
        return fresh(count, bulk::nextAuthorIds, AuthorId::new);
    }

    @Override
    public List<BookId> nextBookIds(int count) {
        return fresh(count, bulk::nextBookIds, BookId::new);
    }

    @Override
    public void insertAuthors(List<Author> authors) {
        if (authors.isEmpty()) {
            return;
        }
        TabSeparatedRows rows = new TabSeparatedRows();
        for (Author author : authors) {
            rows.number(author.id().value())
                    .text(author.name().value())
                    .text(author.name().sortKey())
                    .number(author.version())
                    .endRow();
        }
        TabSeparatedRows words = new TabSeparatedRows();
        authors.forEach(author -> SearchWordRows.appendAuthor(words, author.id().value(), author.name()));
        unitOfWork.run(() -> {
            // Fresh ids and no other unique key: every author is stored, or the statement fails.
            requireAllStored(localInfile.load(LOAD_AUTHORS, rows), rows, "authors");
            localInfile.load(SearchWordRows.LOAD_AUTHOR_WORDS, words);
            return null;
        });
    }

    @Override
    public void insertBooks(List<Book> books) {
        if (books.isEmpty()) {
            return;
        }
        requireDistinctIsbns(books);
        // The title words are cut and written on another thread while the books and their credits load: they took
        // the storing thread a tenth as long as MariaDB took for the whole chunk.
        CompletableFuture<TabSeparatedRows> titleWords = CompletableFuture.supplyAsync(
                () -> SearchWordRows.titleWordsInSearchOrder(books), ForkJoinPool.commonPool());
        TabSeparatedRows bookRows = new TabSeparatedRows();
        TabSeparatedRows linkRows = new TabSeparatedRows();
        for (Book book : books) {
            bookRows.number(book.id().value())
                    .text(book.title().value())
                    .text(book.title().sortKey())
                    .text(book.isbn().map(Isbn::value).orElse(null))
                    .number(book.publishedYear().map(PublicationYear::value).orElse(null))
                    .number(book.version())
                    .endRow();
            List<AuthorId> credited = book.authorship().authorIds();
            for (int i = 0; i < credited.size(); i++) {
                linkRows.number(book.id().value())
                        .number(credited.get(i).value())
                        .number(i + 1)
                        .endRow();
            }
        }
        unitOfWork.run(() -> {
            if (localInfile.load(LOAD_BOOKS, bookRows) < books.size()) {
                throw duplicateIsbn(books);
            }
            if (localInfile.load(LOAD_LINKS, linkRows) < linkRows.rows()) {
                throw unknownAuthors(books);
            }
            localInfile.load(SearchWordRows.LOAD_TITLE_WORDS_OF_BOOKS_JUST_STORED, titleWords.join());
            return null;
        });
    }

    private static void requireDistinctIsbns(List<Book> books) {
        Set<Isbn> seen = new HashSet<>();
        for (Book book : books) {
            book.isbn().filter(isbn -> !seen.add(isbn)).ifPresent(isbn -> {
                throw new DuplicateIsbnException(isbn);
            });
        }
    }

    private static void requireAllStored(long stored, TabSeparatedRows rows, String what) {
        if (stored != rows.rows()) {
            throw new IllegalStateException(stored + " of " + rows.rows() + " " + what + " stored");
        }
    }

    /**
     * The refusal for books some of which were not stored: with fresh ids, a book is skipped only because a
     * book of the store has its ISBN.
     */
    private RuntimeException duplicateIsbn(List<Book> books) {
        Set<Long> stored = new HashSet<>();
        inSlices(
                books.stream().map(book -> book.id().value()).toList(),
                slice -> stored.addAll(bulk.booksWithIds(slice)));
        return books.stream()
                .filter(book -> !stored.contains(book.id().value()))
                .findFirst()
                .flatMap(Book::isbn)
                .<RuntimeException>map(DuplicateIsbnException::new)
                .orElseGet(() -> new IllegalStateException("books not stored, yet no ISBN of theirs is taken"));
    }

    /** The refusal for credits some of which were not stored: a credited author does not exist (any more). */
    private RuntimeException unknownAuthors(List<Book> books) {
        Set<AuthorId> credited = new LinkedHashSet<>();
        books.forEach(book -> credited.addAll(book.authorship().authorIds()));
        return unknownAuthors(authors, credited);
    }

    /**
     * The refusal for credits of the {@code credited} authors some of which were not stored: those that do not
     * exist (any more), read with a shared lock; shared with the restore of backups.
     */
    static RuntimeException unknownAuthors(AuthorMapper authors, Set<AuthorId> credited) {
        Set<Long> existing = new HashSet<>();
        inSlices(
                credited.stream().map(AuthorId::value).toList(), slice -> existing.addAll(authors.lockExisting(slice)));
        Set<AuthorId> unknown = credited.stream()
                .filter(id -> !existing.contains(id.value()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return unknown.isEmpty()
                ? new IllegalStateException("credits not stored, yet every author credited exists")
                : new UnknownAuthorsException(unknown);
    }

    private static <I> List<I> fresh(int count, Function<Integer, List<Long>> next, Function<Long, I> id) {
        if (count < 0 || count > BulkCatalogueMapper.MAX_FRESH_IDS) {
            throw new IllegalArgumentException(
                    "between 0 and " + BulkCatalogueMapper.MAX_FRESH_IDS + " fresh ids at once, not " + count);
        }
        return count == 0 ? List.of() : next.apply(count).stream().map(id).toList();
    }

    private static <T> void inSlices(List<T> values, Consumer<List<T>> statement) {
        for (int from = 0; from < values.size(); from += ROWS_PER_STATEMENT) {
            statement.accept(values.subList(from, Math.min(values.size(), from + ROWS_PER_STATEMENT)));
        }
    }
}
