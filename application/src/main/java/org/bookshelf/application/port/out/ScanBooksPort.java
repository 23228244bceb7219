package org.bookshelf.application.port.out;

import java.util.List;
import org.bookshelf.application.model.BookView;
import org.bookshelf.domain.BookId;

/** Reads every book in id order, a batch at a time, each batch in a number of statements that does not grow with it. */
public interface ScanBooksPort {

    /**
     * Up to {@code limit} books with ids above {@code after}, in id order, each with its authors in credit order.
     *
     * @param after {@code null} to start from the first book
     */
    List<BookView> booksAfter(BookId after, int limit);
}
