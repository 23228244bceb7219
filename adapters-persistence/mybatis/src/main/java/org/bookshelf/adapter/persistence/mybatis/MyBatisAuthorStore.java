package org.bookshelf.adapter.persistence.mybatis;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.port.out.LoadAuthorPort;
import org.bookshelf.application.port.out.StoreAuthorPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Authors in {@code authors}. An author loaded for update is locked exclusively; authors checked
 * with {@link #lockExisting} are share-locked, which keeps them from being deleted (or renamed) until
 * the transaction ends but lets other transactions credit them too. Each write runs in the caller's
 * unit of work, or in one of its own when called outside any.
 */
final class MyBatisAuthorStore implements LoadAuthorPort, StoreAuthorPort {

    private final UnitOfWork unitOfWork;
    private final AuthorMapper authors;
    private final AuthorshipMapper authorships;

    MyBatisAuthorStore(UnitOfWork unitOfWork, AuthorMapper authors, AuthorshipMapper authorships) {
        this.unitOfWork = unitOfWork;
        this.authors = authors;
        this.authorships = authorships;
    }

    @Override
    public Optional<Author> loadForUpdate(AuthorId authorId) {
        return Optional.ofNullable(authors.lock(authorId.value()))
                .map(row -> Author.reconstitute(new AuthorId(row.id()), new AuthorName(row.name()), row.version()));
    }

    @Override
    public Set<AuthorId> lockExisting(Collection<AuthorId> authorIds) {
        if (authorIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> existing = new HashSet<>(
                authors.lockExisting(authorIds.stream().map(AuthorId::value).distinct().toList()));
        return authorIds.stream().filter(id -> existing.contains(id.value()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public AuthorId nextAuthorId() {
        return new AuthorId(authors.nextId());
    }

    @Override
    public void insert(Author author) {
        unitOfWork.run(() -> {
            authors.insert(AuthorColumns.of(author));
            return null;
        });
    }

    @Override
    public void update(Author author, long expectedVersion) {
        unitOfWork.run(() -> {
            if (authors.update(AuthorColumns.of(author), expectedVersion) == 0) {
                Long current = authors.currentVersion(author.id().value());
                throw new VersionConflictException("author " + author.id(), expectedVersion,
                        current == null ? 0 : current);
            }
            return null;
        });
    }

    @Override
    public void delete(AuthorId authorId) {
        unitOfWork.run(() -> {
            try {
                return authors.delete(authorId.value());
            } catch (DataIntegrityViolationException e) {
                if (!SqlFailures.names(e, SqlFailures.CREDITED_AUTHOR)) {
                    throw e;
                }
                throw new AuthorStillCreditedException(authorId, authorships.countBooksCrediting(authorId.value()));
            }
        });
    }
}
