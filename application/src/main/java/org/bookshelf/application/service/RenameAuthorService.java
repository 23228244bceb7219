package org.bookshelf.application.service;

import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.in.RenameAuthorUseCase;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.StoreAuthorPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Author;

final class RenameAuthorService implements RenameAuthorUseCase {

    private final UnitOfWork unitOfWork;
    private final LoadAuthorPort loadAuthors;
    private final StoreAuthorPort storeAuthors;

    RenameAuthorService(UnitOfWork unitOfWork, LoadAuthorPort loadAuthors, StoreAuthorPort storeAuthors) {
        this.unitOfWork = unitOfWork;
        this.loadAuthors = loadAuthors;
        this.storeAuthors = storeAuthors;
    }

    @Override
    public AuthorView renameAuthor(RenameAuthorCommand command) {
        return unitOfWork.run(() -> {
            Author author = Catalogue.authorForUpdate(loadAuthors, command.authorId());
            Catalogue.requireVersion("author " + author.id(), command.expectedVersion(), author.version());
            long loadedVersion = author.version();
            if (author.rename(command.name())) {
                storeAuthors.update(author, loadedVersion);
            }
            return Catalogue.authorView(author);
        });
    }
}
