package org.bookshelf.application.service;

import java.util.Optional;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.out.AuthorRepository;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;

/** An {@link AuthorRepository} on a {@link FakeStore}: no locks, one caller at a time. */
final class FakeAuthorRepository implements AuthorRepository {

    private final FakeStore store;

    FakeAuthorRepository(FakeStore store) {
        this.store = store;
    }

    @Override
    public AuthorId nextId() {
        return new AuthorId(store.nextId());
    }

    @Override
    public Optional<Author> loadForUpdate(AuthorId authorId) {
        return Optional.ofNullable(store.authors.get(authorId))
                .map(author -> Author.reconstitute(author.id(), author.name(), author.version()));
    }

    @Override
    public boolean exists(AuthorId authorId) {
        return store.authors.containsKey(authorId);
    }

    @Override
    public void save(Author author) {
        AuthorView stored = store.authors.get(author.id());
        long storedVersion = stored == null ? Author.NOT_STORED : stored.version();
        if (storedVersion != author.loadedVersion()) {
            throw new VersionConflictException("author " + author.id(), author.loadedVersion(), storedVersion);
        }
        store.authors.put(author.id(), AuthorView.of(author));
    }

    @Override
    public void delete(AuthorId authorId) {
        long crediting = store.books.values().stream()
                .filter(book -> book.authorship().credits(authorId))
                .count();
        if (crediting > 0) {
            throw new AuthorStillCreditedException(authorId, crediting);
        }
        store.authors.remove(authorId);
    }
}
