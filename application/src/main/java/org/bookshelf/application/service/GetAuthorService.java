package org.bookshelf.application.service;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.in.GetAuthorUseCase;
import org.bookshelf.application.port.out.QueryAuthorsPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;

final class GetAuthorService implements GetAuthorUseCase {

    private final UnitOfWork unitOfWork;
    private final QueryAuthorsPort queryAuthors;

    GetAuthorService(UnitOfWork unitOfWork, QueryAuthorsPort queryAuthors) {
        this.unitOfWork = unitOfWork;
        this.queryAuthors = queryAuthors;
    }

    @Override
    public AuthorView getAuthor(AuthorId authorId) {
        return unitOfWork.read(() -> queryAuthors.findAuthor(authorId))
                .orElseThrow(() -> new AuthorNotFoundException(authorId));
    }
}
