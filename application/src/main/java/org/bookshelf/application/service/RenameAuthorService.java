package org.bookshelf.application.service;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.in.RenameAuthorUseCase;
import org.bookshelf.application.port.out.AuthorRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Author;

record RenameAuthorService(UnitOfWork unitOfWork, AuthorRepository authors) implements RenameAuthorUseCase {

    @Override
    public AuthorView renameAuthor(RenameAuthorCommand command) {
        return unitOfWork.run(() -> {
            Author author = authors.loadForUpdate(command.authorId())
                    .orElseThrow(() -> new AuthorNotFoundException(command.authorId()));
            Long expected = command.expectedVersion();
            if (expected != null && expected != author.version()) {
                throw new VersionConflictException("author " + author.id(), expected, author.version());
            }
            author.rename(command.name());
            authors.save(author);
            return AuthorView.of(author);
        });
    }
}
