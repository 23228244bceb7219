package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;

/** Renames an author. */
public interface RenameAuthorUseCase {

    /**
     * Gives the author a new name; the same name again changes nothing.
     *
     * @throws AuthorNotFoundException  when no author has the id
     * @throws VersionConflictException when the author is not at the command's expected version
     */
    AuthorView renameAuthor(RenameAuthorCommand command);

    /**
     * @param expectedVersion the version the caller last saw, or {@code null} to rename whatever the version
     */
    record RenameAuthorCommand(AuthorId authorId, AuthorName name, Long expectedVersion) {
        public RenameAuthorCommand {
            java.util.Objects.requireNonNull(authorId, "authorId");
            java.util.Objects.requireNonNull(name, "name");
        }
    }
}
