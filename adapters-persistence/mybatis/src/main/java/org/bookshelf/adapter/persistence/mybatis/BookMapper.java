package org.bookshelf.adapter.persistence.mybatis;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code books}; SQL in {@code BookMapper.xml}. */
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

    /** Every book crediting the author, in id order, each row locked ({@code FOR UPDATE}) and read as by {@link #lock}. */
    List<LockedBookRow> lockCrediting(long authorId);

    /** @return how many of the books were at their expected version and are now at their new one */
    int updateVersions(@Param("changes") List<VersionChange> changes);

    /** The book with its credits in credit order; no row when there is no such book. */
    List<BookCreditRow> find(long id);

    /** The books of one keyset page with their credits, in listing then credit order. */
    List<BookCreditRow> findPage(BookQuery query);

    /** Up to {@code limit} books with ids above {@code afterId} with their credits, in id order. */
    List<BookCreditRow> findAfter(@Param("afterId") long afterId, @Param("limit") int limit);
}
