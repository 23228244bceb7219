package org.bookshelf.adapter.persistence.memory;

import java.util.Optional;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.out.AuthorRepository;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;

/** The authors of an {@link InMemoryCatalogue}; the unit of work's single lock stands for the row locks. */
final class InMemoryAuthorRepository implements AuthorRepository {

    private final InMemoryCatalogue catalogue;

    InMemoryAuthorRepository(InMemoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public AuthorId nextId() {
        return catalogue.nextAuthorId();
    }

    @Override
    public Optional<Author> loadForUpdate(AuthorId authorId) {
        return catalogue.unitOfWork.read(() -> Optional.ofNullable(catalogue.author(authorId))
                .map(author -> Author.reconstitute(author.id(), author.name(), author.version())));
    }

    @Override
    public boolean exists(AuthorId authorId) {
        return catalogue.unitOfWork.read(() -> catalogue.author(authorId) != null);
    }

    @Override
    public void save(Author author) {
        if (!author.hasChanges()) {
            return;
        }
        catalogue.unitOfWork.run(() -> {
            AuthorView stored = catalogue.author(author.id());
            long storedVersion = stored == null ? Author.NOT_STORED : stored.version();
            if (storedVersion != author.loadedVersion()) {
                throw author.loadedVersion() == Author.NOT_STORED
                        ? new IllegalStateException("author " + author.id() + " is stored already")
                        : new VersionConflictException("author " + author.id(), author.loadedVersion(), storedVersion);
            }
            catalogue.putAuthor(author);
            return null;
        });
    }

    @Override
    public void delete(AuthorId authorId) {
        catalogue.unitOfWork.run(() -> {
            catalogue.removeAuthor(authorId);
            return null;
        });
    }
}
