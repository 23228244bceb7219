package org.bookshelf.application.service;

import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.in.RegisterAuthorUseCase;
import org.bookshelf.application.port.out.StoreAuthorPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorName;

final class RegisterAuthorService implements RegisterAuthorUseCase {

    private final UnitOfWork unitOfWork;
    private final StoreAuthorPort storeAuthors;

    RegisterAuthorService(UnitOfWork unitOfWork, StoreAuthorPort storeAuthors) {
        this.unitOfWork = unitOfWork;
        this.storeAuthors = storeAuthors;
    }

    @Override
    public AuthorView registerAuthor(AuthorName name) {
        return unitOfWork.run(() -> {
            Author author = Author.register(storeAuthors.nextAuthorId(), name);
            storeAuthors.insert(author);
            return Catalogue.authorView(author);
        });
    }
}
