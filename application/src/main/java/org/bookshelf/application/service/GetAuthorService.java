package org.bookshelf.application.service;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.in.GetAuthorUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;

record GetAuthorService(UnitOfWork unitOfWork, CatalogueReads reads) implements GetAuthorUseCase {

    @Override
    public AuthorView getAuthor(AuthorId authorId) {
        return unitOfWork
                .read(() -> reads.findAuthor(authorId))
                .orElseThrow(() -> new AuthorNotFoundException(authorId));
    }
}
