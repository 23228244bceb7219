package org.bookshelf.application.model;

import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;

/** An author as a backup holds it: credited or not, with the id and version it had. */
public record SnapshotAuthor(AuthorId id, AuthorName name, long version) {

    public SnapshotAuthor {
        if (version < 1) {
            throw new IllegalArgumentException("a stored author's version is at least 1, not " + version);
        }
    }
}
