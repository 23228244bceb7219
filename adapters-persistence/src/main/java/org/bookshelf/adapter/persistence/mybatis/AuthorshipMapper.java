package org.bookshelf.adapter.persistence.mybatis;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code book_author}; SQL in {@code AuthorshipMapper.xml}. Collections must not be empty. */
@Mapper
interface AuthorshipMapper {

    /**
     * The books' links, ordered by book then credit, each row with its book's version; without locking,
     * as of the transaction's snapshot. A book missing from the snapshot has no row.
     */
    List<LinkSnapshotRow> readLinksOf(@Param("bookIds") Collection<Long> bookIds);

    /** The book's links in credit order, locked {@code FOR UPDATE} (next-key and gap locks). */
    List<AuthorshipRow> lockLinksOf(long bookId);

    /** Inserts all links in one multi-row statement. */
    void insertAll(@Param("links") List<AuthorshipRow> links);

    int deleteAuthors(@Param("bookId") long bookId, @Param("authorIds") Collection<Long> authorIds);

    /** Sets each link's position, in one statement. */
    int movePositions(@Param("bookId") long bookId, @Param("moves") List<AuthorshipRow> moves);

    /** The authors credited on each of the books, with their names and versions, ordered by book id then credit. */
    List<CreditRow> creditsOf(@Param("bookIds") Collection<Long> bookIds);

    long countBooksCrediting(long authorId);
}
