package org.bookshelf.application.port.in;

import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.domain.InvalidValueException;

/** Lists authors by name, a page at a time. */
public interface FindAuthorsUseCase {

    /**
     * The authors matching the filter, ordered by case-folded name then id.
     *
     * @throws InvalidValueException refusing the {@link org.bookshelf.application.model.RequestValue#PAGE_CURSOR}
     *                               when it is malformed, tampered with, or comes from another listing
     */
    Page<AuthorView> findAuthors(AuthorFilter filter, PageRequest page);
}
