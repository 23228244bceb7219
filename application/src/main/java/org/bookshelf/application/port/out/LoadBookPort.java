package org.bookshelf.application.port.out;

import java.util.List;
import java.util.Optional;
import org.bookshelf.application.model.BookView;
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

    /**
     * The book as clients see it: its own fields and version as {@code book} holds them, with the name and
     * version of each author it credits. For a book this unit of work loaded or stored: its authors are
     * known from what the unit of work read and wrote, so the book itself is not read again (at most the
     * authors it has not seen are).
     */
    BookView describe(Book book);
}
