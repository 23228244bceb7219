package org.bookshelf.application.port.in;

import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.domain.InvalidValueException;

/** Lists books by title or credited author, a page at a time, each with all its authors. */
public interface FindBooksUseCase {

    /**
     * The books matching the filter, ordered by case-folded title then id.
     *
     * @throws InvalidValueException refusing the {@link org.bookshelf.application.model.RequestValue#PAGE_CURSOR}
     *                               when it is malformed, tampered with, or comes from another listing
     */
    Page<BookView> findBooks(BookFilter filter, PageRequest page);
}
