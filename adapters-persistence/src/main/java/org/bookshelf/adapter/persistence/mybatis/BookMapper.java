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

    /** The book with its authors in credit order, every row locked ({@code FOR UPDATE}); empty when none. */
    List<LockedBookRow> lockWithAuthors(long id);

    /** Every book crediting the author, with all its authors, ordered by book id then credit; all locked. */
    List<LockedBookRow> lockCrediting(long authorId);

    BookRow find(long id);

    List<BookRow> findPage(BookQuery query);
}
