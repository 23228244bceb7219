package org.bookshelf.application.port.out;

import java.util.List;
import java.util.Optional;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

/** Loads books to change them. Only call inside a {@link UnitOfWork}. */
public interface LoadBookPort {

    /**
     * The book, locked against concurrent changes until the unit of work ends, or empty when none
     * has this id.
     */
    Optional<Book> loadForUpdate(BookId bookId);

    /** Every book crediting the author, each locked as by {@link #loadForUpdate}, in id order. */
    List<Book> loadCreditingForUpdate(AuthorId authorId);
}
