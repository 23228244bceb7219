package org.bookshelf.application.port.out;

import java.util.List;
import java.util.Optional;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.BookId;

/**
 * Reads books with their credited authors (ids, names and versions, in credit order). An adapter answers each
 * call from one consistent state of the store (the books and their authors as they were together at one
 * moment), in a number of statements that does not grow with the number of books or authors.
 */
public interface QueryBooksPort {

    /** The book with its authors, or empty when none has this id. */
    Optional<BookView> findBook(BookId bookId);

    /**
     * Up to {@code limit} books matching {@code filter}, ordered by case-folded title then id, each
     * with all of its authors (not only the one filtered on).
     *
     * @param after where to start (exclusive), or {@code null} from the first book
     */
    List<BookView> findBooks(BookFilter filter, Keyset after, int limit);

    /** How many books credit the author. */
    long countBooksCrediting(AuthorId authorId);
}
