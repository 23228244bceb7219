package org.bookshelf.application.port.out;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;

/** Loads authors to change them. Only call inside a {@link UnitOfWork}. */
public interface LoadAuthorPort {

    /**
     * The author, locked against concurrent changes until the unit of work ends, or empty when none
     * has this id.
     */
    Optional<Author> loadForUpdate(AuthorId authorId);

    /**
     * Those of {@code authorIds} that name an existing author, read in one go; each of them is kept from
     * being deleted until the unit of work ends, so it can be credited safely.
     */
    Set<AuthorId> lockExisting(Collection<AuthorId> authorIds);
}
