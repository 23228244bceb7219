package org.bookshelf.application.service;

import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.Registration;
import org.bookshelf.application.port.in.RegisterAuthorUseCase;
import org.bookshelf.application.port.out.IdempotencyRecord.Kind;
import org.bookshelf.application.port.out.QueryAuthorsPort;
import org.bookshelf.application.port.out.StoreAuthorPort;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;

final class RegisterAuthorService implements RegisterAuthorUseCase {

    private final OncePerKey oncePerKey;
    private final StoreAuthorPort storeAuthors;
    private final QueryAuthorsPort queryAuthors;

    RegisterAuthorService(OncePerKey oncePerKey, StoreAuthorPort storeAuthors, QueryAuthorsPort queryAuthors) {
        this.oncePerKey = oncePerKey;
        this.storeAuthors = storeAuthors;
        this.queryAuthors = queryAuthors;
    }

    @Override
    public Registration<AuthorView> registerAuthor(AuthorName name, IdempotencyKey idempotencyKey) {
        return oncePerKey.register(idempotencyKey, Kind.AUTHOR, RequestFingerprint.of("register author", name.value()),
                () -> storeAuthors.nextAuthorId().value(),
                id -> register(new AuthorId(id), name),
                id -> queryAuthors.findAuthor(new AuthorId(id)));
    }

    private AuthorView register(AuthorId authorId, AuthorName name) {
        Author author = Author.register(authorId, name);
        storeAuthors.insert(author);
        return Catalogue.authorView(author);
    }
}
