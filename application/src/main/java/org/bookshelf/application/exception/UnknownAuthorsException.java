package org.bookshelf.application.exception;

import java.util.Set;
import java.util.stream.Collectors;
import org.bookshelf.domain.AuthorId;

/** An author list to credit names authors that do not exist. */
public class UnknownAuthorsException extends BookshelfException {

    private final Set<AuthorId> unknown;

    public UnknownAuthorsException(Set<AuthorId> unknown) {
        super((unknown.size() == 1 ? "no author has the id " : "no authors have the ids ")
                + unknown.stream()
                        .map(AuthorId::value)
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(", ")));
        this.unknown = Set.copyOf(unknown);
    }

    /** The ids that name no author. */
    public Set<AuthorId> unknown() {
        return unknown;
    }
}
