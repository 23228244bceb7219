package org.bookshelf.adapter.persistence.mybatis;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.cursor.Cursor;

/**
 * Statements reading and emptying the whole catalogue, for backups; SQL in {@code CatalogueSnapshotMapper.xml}.
 * The reads stream (a cursor on rows fetched {@value #FETCH_SIZE} at a time) and are bound by no statement time
 * limit: they take as long as the catalogue is large. Close each cursor before the next statement.
 */
@Mapper
interface CatalogueSnapshotMapper {

    int FETCH_SIZE = 1000;

    /** Starts the transaction in progress as a read-only snapshot of the whole database, taken now. */
    void startConsistentSnapshot();

    /** Every author, in id order. */
    Cursor<AuthorRow> allAuthors();

    /** Every book with its authors' ids in credit order, in id order. */
    Cursor<SnapshotBookRow> allBooks();

    /** Whether any author or book is stored. */
    boolean anyAuthorOrBook();

    /** Deletes every search word (before the books and authors, so that no cascade is left to do it row by row). */
    void deleteAllSearchWords();

    /** Deletes every credit; then {@link #deleteAllBooks} and {@link #deleteAllAuthors}. */
    void deleteAllCredits();

    void deleteAllBooks();

    void deleteAllAuthors();

    /** Makes the authors' id sequence hand out ids above {@code id} from now on, unless it is past it already. */
    void continueAuthorIdsAfter(long id);

    /** Makes the books' id sequence hand out ids above {@code id} from now on, unless it is past it already. */
    void continueBookIdsAfter(long id);
}
