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

    /** The book, its row locked ({@code FOR UPDATE}, a record lock on the primary key), or {@code null}. */
    BookRow lock(long id);

    /** Every book crediting the author, in id order, each row locked ({@code FOR UPDATE}); not their links. */
    List<BookRow> lockCrediting(long authorId);

    BookRow find(long id);

    List<BookRow> findPage(BookQuery query);

    /** Up to {@code limit} books with ids above {@code afterId}, in id order. */
    List<BookRow> findAfter(@Param("afterId") long afterId, @Param("limit") int limit);
}
