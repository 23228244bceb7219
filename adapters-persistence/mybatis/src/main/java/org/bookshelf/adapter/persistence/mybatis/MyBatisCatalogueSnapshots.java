package org.bookshelf.adapter.persistence.mybatis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.ibatis.cursor.Cursor;
import org.bookshelf.application.model.SnapshotAuthor;
import org.bookshelf.application.model.SnapshotBook;
import org.bookshelf.application.model.SnapshotSink;
import org.bookshelf.application.port.out.CatalogueSnapshots;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole catalogue at once on MariaDB. A snapshot is one read-only transaction started
 * {@code WITH CONSISTENT SNAPSHOT} (REPEATABLE READ), whose two statements stream every author, then every book
 * with its credits, in primary key order. A load sends the rows with {@code LOAD DATA LOCAL INFILE}, the imports'
 * statements, {@value TabSeparatedRows#ROWS_PER_BATCH} rows a statement, then moves the id sequences past the
 * highest ids loaded (see {@code docs/persistence.md}, "Backups").
 */
final class MyBatisCatalogueSnapshots implements CatalogueSnapshots {

    private final TransactionTemplate snapshots;
    private final CatalogueSnapshotMapper mapper;
    private final AuthorMapper authors;
    private final LocalInfile localInfile;
    private final DataSource dataSource;

    /**
     * @param transactions the unit of work's transaction manager, on the primary
     * @param dataSource   the connections the schema's version is read on
     */
    MyBatisCatalogueSnapshots(
            PlatformTransactionManager transactions,
            CatalogueSnapshotMapper mapper,
            AuthorMapper authors,
            LocalInfile localInfile,
            DataSource dataSource) {
        this.snapshots = new TransactionTemplate(transactions);
        snapshots.setReadOnly(true);
        snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshots.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.mapper = mapper;
        this.authors = authors;
        this.localInfile = localInfile;
        this.dataSource = dataSource;
    }

    @Override
    public String schemaVersion() {
        return BookshelfSchema.currentVersion(dataSource);
    }

    @Override
    public void read(SnapshotSink sink) {
        snapshots.executeWithoutResult(status -> {
            mapper.startConsistentSnapshot();
            try (Cursor<AuthorRow> rows = mapper.allAuthors()) {
                rows.forEach(row -> sink.author(
                        new SnapshotAuthor(new AuthorId(row.id()), new AuthorName(row.name()), row.version())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Cursor<SnapshotBookRow> rows = mapper.allBooks()) {
                rows.forEach(row -> sink.book(book(row)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static SnapshotBook book(SnapshotBookRow row) {
        Authorship authorship = row.authorIds() == null
                ? Authorship.none()
                : Authorship.of(Arrays.stream(row.authorIds().split(","))
                        .map(id -> new AuthorId(Long.parseLong(id)))
                        .toList());
        return new SnapshotBook(
                new BookId(row.id()),
                new Title(row.title()),
                row.isbn() == null ? null : new Isbn(row.isbn()),
                row.publishedYear() == null ? null : new PublicationYear(row.publishedYear()),
                row.version(),
                authorship);
    }

    @Override
    public boolean isEmpty() {
        return !mapper.anyAuthorOrBook();
    }

    @Override
    public void deleteAll() {
        mapper.deleteAllSearchWords();
        mapper.deleteAllCredits();
        mapper.deleteAllBooks();
        mapper.deleteAllAuthors();
    }

    @Override
    public void load(Consumer<SnapshotSink> content) {
        Loader loader = new Loader();
        content.accept(loader);
        loader.flushAuthors();
        loader.flushBooks();
        if (loader.highestAuthorId > 0) {
            mapper.continueAuthorIdsAfter(loader.highestAuthorId);
        }
        if (loader.highestBookId > 0) {
            mapper.continueBookIdsAfter(loader.highestBookId);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            new SearchDataRebuild(connection, false).rebuild(books -> {});
        } catch (SQLException e) {
            throw new UncategorizedSQLException("rebuilding the search words of a restore", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Gathers rows a batch at a time and loads each full batch; the authors before the first book. */
    private final class Loader implements SnapshotSink {

        private TabSeparatedRows authorRows = new TabSeparatedRows();
        private TabSeparatedRows bookRows = new TabSeparatedRows();
        private TabSeparatedRows creditRows = new TabSeparatedRows();
        private final Set<AuthorId> creditedInBatch = new LinkedHashSet<>();
        private long highestAuthorId;
        private long highestBookId;

        @Override
        public void author(SnapshotAuthor author) {
            authorRows
                    .number(author.id().value())
                    .text(author.name().value())
                    .text(author.name().sortKey())
                    .number(author.version())
                    .endRow();
            highestAuthorId = Math.max(highestAuthorId, author.id().value());
            if (authorRows.rows() == TabSeparatedRows.ROWS_PER_BATCH) {
                flushAuthors();
            }
        }

        @Override
        public void book(SnapshotBook book) {
            flushAuthors();
            bookRows.number(book.id().value())
                    .text(book.title().value())
                    .text(book.title().sortKey())
                    .text(book.isbn() == null ? null : book.isbn().value())
                    .number(
                            book.publishedYear() == null
                                    ? null
                                    : book.publishedYear().value())
                    .number(book.version())
                    .endRow();
            List<AuthorId> credited = book.authorship().authorIds();
            for (int i = 0; i < credited.size(); i++) {
                creditRows
                        .number(book.id().value())
                        .number(credited.get(i).value())
                        .number(i + 1)
                        .endRow();
                creditedInBatch.add(credited.get(i));
            }
            highestBookId = Math.max(highestBookId, book.id().value());
            if (bookRows.rows() == TabSeparatedRows.ROWS_PER_BATCH) {
                flushBooks();
            }
        }

        void flushAuthors() {
            if (authorRows.rows() > 0) {
                requireAllStored(
                        localInfile.load(MyBatisBulkCatalogue.LOAD_AUTHORS, authorRows),
                        authorRows,
                        "authors: an id is taken");
                authorRows = new TabSeparatedRows();
            }
        }

        void flushBooks() {
            if (bookRows.rows() > 0) {
                requireAllStored(
                        localInfile.load(MyBatisBulkCatalogue.LOAD_BOOKS, bookRows),
                        bookRows,
                        "books: an id or an ISBN is taken");
                bookRows = new TabSeparatedRows();
            }
            if (creditRows.rows() > 0) {
                if (localInfile.load(MyBatisBulkCatalogue.LOAD_LINKS, creditRows) < creditRows.rows()) {
                    throw MyBatisBulkCatalogue.unknownAuthors(authors, creditedInBatch);
                }
                creditRows = new TabSeparatedRows();
                creditedInBatch.clear();
            }
        }
    }

    private static void requireAllStored(long stored, TabSeparatedRows rows, String what) {
        if (stored != rows.rows()) {
            throw new IllegalStateException(stored + " of " + rows.rows() + " " + what);
        }
    }
}
