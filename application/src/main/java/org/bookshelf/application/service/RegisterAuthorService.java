package org.bookshelf.application.service;

import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.Registration;
import org.bookshelf.application.port.in.RegisterAuthorUseCase;
import org.bookshelf.application.port.out.AuthorRepository;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.IdempotencyRecord.Kind;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;

record RegisterAuthorService(OncePerKey oncePerKey, AuthorRepository authors, CatalogueReads reads)
        implements RegisterAuthorUseCase {

    @Override
    public Registration<AuthorView> registerAuthor(AuthorName name, IdempotencyKey idempotencyKey) {
        return oncePerKey.register(
                idempotencyKey,
                Kind.AUTHOR,
                RequestFingerprint.of("register author", name.value()),
                () -> authors.nextId().value(),
                id -> register(new AuthorId(id), name),
                id -> reads.findAuthor(new AuthorId(id)));
    }

    private AuthorView register(AuthorId authorId, AuthorName name) {
        Author author = Author.register(authorId, name);
        authors.save(author);
        return AuthorView.of(author);
    }
}
