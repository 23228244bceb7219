package org.bookshelf.application.service;

import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.in.GetAuthorUseCase;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;

final class GetAuthorService implements GetAuthorUseCase {

    private final UnitOfWork unitOfWork;
    private final CatalogueReads reads;

    GetAuthorService(UnitOfWork unitOfWork, CatalogueReads reads) {
        this.unitOfWork = unitOfWork;
        this.reads = reads;
    }

    @Override
    public AuthorView getAuthor(AuthorId authorId) {
        return unitOfWork
                .read(() -> reads.findAuthor(authorId))
                .orElseThrow(() -> new AuthorNotFoundException(authorId));
    }
}
