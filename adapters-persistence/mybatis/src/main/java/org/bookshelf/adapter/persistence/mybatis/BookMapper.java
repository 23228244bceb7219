package org.bookshelf.adapter.persistence.mybatis;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.bookshelf.domain.Book;

/**
 * Statements on {@code books} and on their links in {@code book_author}, the rows of the {@code Book}
 * aggregate, with the shapes of those rows; SQL in {@code BookMapper.xml}, or in Java where a provider says so.
 * Collections must not be empty.
 */
@Mapper
interface BookMapper {

    long nextId();

    void insert(BookColumns book);

    /** @return 1 when the row was at {@code expectedVersion} and is now updated, 0 otherwise */
    int update(@Param("book") BookColumns book, @Param("expectedVersion") long expectedVersion);

    /** The stored version, or {@code null} when there is no such book. */
    Long currentVersion(long id);

    int delete(long id);

    /**
     * The book with its credits, its row locked ({@code FOR UPDATE}, a record lock on the primary key) and
     * its credits read without locking; no row when there is no such book.
     */
    List<LockedBookRow> lock(long id);

    /**
     * Every book crediting the author, in id order, each row locked ({@code FOR UPDATE}) and read as by
     * {@link #lock}.
     */
    List<LockedBookRow> lockCrediting(long authorId);

    /** @return how many of the books were at their expected version and are now at their new one */
    int updateVersions(@Param("changes") List<VersionChange> changes);

    /** The book with its credits in credit order; no row when there is no such book. */
    List<BookCreditRow> find(long id);

    /** The books of one keyset page with their credits, in listing then credit order. */
    List<BookCreditRow> findPage(BookQuery query);

    /** The books of those ids that exist with their credits, in id order. */
    @SelectProvider(type = PageByIdsSql.class, method = "books")
    @ResultMap("bookCreditRow")
    List<BookCreditRow> findByIds(@Param("ids") List<Long> ids);

    /** Up to {@code limit} books with ids above {@code afterId} with their credits, in id order. */
    List<BookCreditRow> findAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    /** The book's links in credit order, locked {@code FOR UPDATE} (next-key and gap locks). */
    List<AuthorshipRow> lockLinks(long bookId);

    /** Inserts all links in one multi-row statement; answers each credited author's name and version. */
    List<AuthorRow> insertLinks(@Param("links") List<AuthorshipRow> links);

    /** Deletes the links, of one book or several, in one statement (positions ignored). */
    int deleteLinks(@Param("links") Collection<AuthorshipRow> links);

    /** Sets each link's position, in one statement. */
    int moveLinks(@Param("bookId") long bookId, @Param("moves") List<AuthorshipRow> moves);

    long countBooksCrediting(long authorId);

    /** The values written to a row of {@code books}, its sort key included. */
    record BookColumns(long id, String title, String titleKey, String isbn, Integer publishedYear, long version) {

        static BookColumns of(Book book) {
            return new BookColumns(
                    book.id().value(),
                    book.title().value(),
                    book.title().sortKey(),
                    book.isbn().map(isbn -> isbn.value()).orElse(null),
                    book.publishedYear().map(year -> year.value()).orElse(null),
                    book.version());
        }

        /** The same values at another version. */
        BookColumns withVersion(long newVersion) {
            return new BookColumns(id, title, titleKey, isbn, publishedYear, newVersion);
        }
    }

    /** A book moving from the version it was loaded at to its new one. */
    record VersionChange(long bookId, long version, long expectedVersion) {}

    /** A row of {@code book_author}: the author credited on the book at this position. */
    record AuthorshipRow(long bookId, long authorId, int position) {}

    /**
     * A book whose row is locked, with one of its credits read without locking, as of the transaction's
     * snapshot: one row per credit, in credit order. {@code snapshotVersion} is the book's version in that
     * snapshot ({@code null} when the snapshot predates the book); the credit's columns are {@code null} on the
     * single row of a book that credits nobody in the snapshot.
     */
    record LockedBookRow(
            long id,
            String title,
            String isbn,
            Integer publishedYear,
            long version,
            Long snapshotVersion,
            Long authorId,
            Integer position,
            String authorName,
            Long authorVersion) {}

    /**
     * A book as read with one of its credits: one row per credited author; the credit's columns are
     * {@code null} on the single row of a book that credits nobody.
     */
    record BookCreditRow(
            long id,
            String title,
            String isbn,
            Integer publishedYear,
            long version,
            Long authorId,
            Integer position,
            String authorName,
            Long authorVersion) {}
}
