package org.bookshelf.application.port.out;

import java.util.List;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

/**
 * Registers many authors and books at once, in a number of statements that grows with the number of
 * rows far slower than one per row. Only call inside a {@link UnitOfWork}.
 */
public interface BulkStorePort {

    /** {@code count} fresh ids no author has had. */
    List<AuthorId> nextAuthorIds(int count);

    /** {@code count} fresh ids no book has had. */
    List<BookId> nextBookIds(int count);

    /** Stores newly registered authors. */
    void insertAuthors(List<Author> authors);

    /**
     * Stores newly registered books with their authorship.
     *
     * @throws DuplicateIsbnException  when a book already has one of their ISBNs (or two of them share one)
     * @throws UnknownAuthorsException when a credited author does not exist
     */
    void insertBooks(List<Book> books);
}
