package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.application.port.out.BulkStorePort;
import org.bookshelf.application.port.out.MatchCataloguePort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Title;
import org.springframework.dao.DuplicateKeyException;

/**
 * Many books and authors at once, for imports: look-ups with {@code IN} lists and inserts as multi-row
 * {@code INSERT}s, each statement over at most {@value #ROWS_PER_STATEMENT} values, so that a thousand
 * books cost a handful of round trips and no statement grows without bound. Fresh ids come from the id
 * sequences, as many as asked in one statement. Links go in through {@link MyBatisBookStore}, which
 * turns a credited author that does not exist into the same refusal as a single registration.
 *
 * <p>Each write runs in the caller's unit of work, or in one of its own when called outside any.
 */
final class MyBatisBulkCatalogue implements MatchCataloguePort, BulkStorePort {

    static final int ROWS_PER_STATEMENT = 1000;

    private final UnitOfWork unitOfWork;
    private final BulkCatalogueMapper bulk;
    private final MyBatisBookStore bookStore;

    MyBatisBulkCatalogue(UnitOfWork unitOfWork, BulkCatalogueMapper bulk, MyBatisBookStore bookStore) {
        this.unitOfWork = unitOfWork;
        this.bulk = bulk;
        this.bookStore = bookStore;
    }

    @Override
    public Map<AuthorName, AuthorId> authorsNamed(Collection<AuthorName> names) {
        Set<String> wanted = new HashSet<>();
        names.forEach(name -> wanted.add(name.value()));
        Map<AuthorName, AuthorId> found = new HashMap<>();
        inSlices(names.stream().map(AuthorName::sortKey).distinct().toList(),
                slice -> bulk.authorsWithNameKeys(slice).stream().filter(row -> wanted.contains(row.name()))
                        .forEach(row -> found.merge(new AuthorName(row.name()), new AuthorId(row.id()),
                                (one, other) -> one.value() < other.value() ? one : other)));
        return found;
    }

    @Override
    public Set<Isbn> isbnsPresent(Collection<Isbn> isbns) {
        Set<Isbn> present = new HashSet<>();
        inSlices(isbns.stream().distinct().map(Isbn::value).toList(),
                slice -> bulk.isbnsPresent(slice).forEach(isbn -> present.add(new Isbn(isbn))));
        return present;
    }

    /**
     * Two look-ups per slice of signatures: books crediting one of their authors with one of their titles, and
     * books crediting nobody with one of the titles of the signatures without authors; then compared exactly.
     */
    @Override
    public Set<BookSignature> signaturesPresent(Collection<BookSignature> signatures) {
        Set<BookSignature> present = new HashSet<>();
        inSlices(List.copyOf(new HashSet<>(signatures)), slice -> {
            List<String> nameKeys = slice.stream().flatMap(signature -> signature.authorNames().stream())
                    .map(AuthorName::sortKey).distinct().toList();
            List<String> titleKeys = titleKeys(slice.stream().filter(signature -> !signature.authorNames().isEmpty()));
            List<String> titleKeysCreditingNobody = titleKeys(slice.stream()
                    .filter(signature -> signature.authorNames().isEmpty()));
            List<SignatureRow> rows = new ArrayList<>();
            if (!titleKeys.isEmpty()) {
                rows.addAll(bulk.signaturesCrediting(titleKeys, nameKeys));
            }
            if (!titleKeysCreditingNobody.isEmpty()) {
                rows.addAll(bulk.signaturesCreditingNobody(titleKeysCreditingNobody));
            }
            Set<BookSignature> wanted = new HashSet<>(slice);
            signaturesOf(rows).stream().filter(wanted::contains).forEach(present::add);
        });
        return present;
    }

    private static List<String> titleKeys(Stream<BookSignature> signatures) {
        return signatures.map(signature -> signature.title().sortKey()).distinct().toList();
    }

    /** The signature of each book of {@code rows}, which come book by book, authors in credit order. */
    private static List<BookSignature> signaturesOf(List<SignatureRow> rows) {
        Map<Long, List<SignatureRow>> byBook = new LinkedHashMap<>();
        rows.forEach(row -> byBook.computeIfAbsent(row.bookId(), id -> new ArrayList<>()).add(row));
        return byBook.values().stream().map(book -> new BookSignature(new Title(book.get(0).title()),
                book.stream().filter(row -> row.authorName() != null).map(row -> new AuthorName(row.authorName()))
                        .toList())).toList();
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
        unitOfWork.run(() -> {
            inSlices(authors.stream().map(AuthorColumns::of).toList(), bulk::insertAuthors);
            return null;
        });
    }

    @Override
    public void insertBooks(List<Book> books) {
        requireDistinctIsbns(books);
        unitOfWork.run(() -> {
            inSlices(books, slice -> {
                try {
                    bulk.insertBooks(slice.stream().map(BookColumns::of).toList());
                } catch (DuplicateKeyException e) {
                    throw duplicateIsbn(e, slice);
                }
            });
            List<AuthorshipRow> links = new ArrayList<>();
            for (Book book : books) {
                List<AuthorId> credited = book.authorship().authorIds();
                for (int i = 0; i < credited.size(); i++) {
                    links.add(new AuthorshipRow(book.id().value(), credited.get(i).value(), i + 1));
                }
            }
            inSlices(links, bookStore::insertLinks);
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

    /** The refusal for a failed insert of {@code books}: the ISBN a book of the store has, when that is why. */
    private RuntimeException duplicateIsbn(DuplicateKeyException failure, List<Book> books) {
        if (!SqlFailures.names(failure, SqlFailures.UNIQUE_ISBN)) {
            return failure;
        }
        Set<Isbn> taken = isbnsPresent(books.stream().flatMap(book -> book.isbn().stream()).toList());
        return taken.isEmpty() ? failure : new DuplicateIsbnException(taken.iterator().next());
    }

    private static <I> List<I> fresh(int count, Function<Integer, List<Long>> next, Function<Long, I> id) {
        if (count < 0 || count > BulkCatalogueMapper.MAX_FRESH_IDS) {
            throw new IllegalArgumentException("between 0 and " + BulkCatalogueMapper.MAX_FRESH_IDS
                    + " fresh ids at once, not " + count);
        }
        return count == 0 ? List.of() : next.apply(count).stream().map(id).toList();
    }

    private static <T> void inSlices(List<T> values, Consumer<List<T>> statement) {
        for (int from = 0; from < values.size(); from += ROWS_PER_STATEMENT) {
            statement.accept(values.subList(from, Math.min(values.size(), from + ROWS_PER_STATEMENT)));
        }
    }
}
