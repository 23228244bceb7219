package org.bookshelf.adapter.persistence.mybatis;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code book_author}; SQL in {@code AuthorshipMapper.xml}. Collections must not be empty. */
@Mapper
interface AuthorshipMapper {

    /** The book's links in credit order, locked {@code FOR UPDATE} (next-key and gap locks). */
    List<AuthorshipRow> lockLinksOf(long bookId);

    /** Inserts all links in one multi-row statement; answers each credited author's name and version. */
    List<AuthorRow> insertAll(@Param("links") List<AuthorshipRow> links);

    /** Deletes the links, of one book or several, in one statement (positions ignored). */
    int deleteAll(@Param("links") Collection<AuthorshipRow> links);

    /** Sets each link's position, in one statement. */
    int movePositions(@Param("bookId") long bookId, @Param("moves") List<AuthorshipRow> moves);

    long countBooksCrediting(long authorId);
}
