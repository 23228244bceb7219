package org.bookshelf.application.port.out;

import java.util.List;
import java.util.Optional;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.domain.AuthorId;

/** Reads authors; each call answers from one consistent state of the store. */
public interface QueryAuthorsPort {

    /** The author, or empty when none has this id. */
    Optional<AuthorView> findAuthor(AuthorId authorId);

    /**
     * Up to {@code limit} authors matching {@code filter}, ordered by case-folded name then id.
     *
     * @param after where to start (exclusive), or {@code null} from the first author
     */
    List<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit);
}
