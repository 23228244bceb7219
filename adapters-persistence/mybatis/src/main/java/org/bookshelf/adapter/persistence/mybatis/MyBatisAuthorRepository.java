package org.bookshelf.adapter.persistence.mybatis;

import java.util.List;
import java.util.Optional;
import org.bookshelf.adapter.persistence.mybatis.SearchWordRows.AuthorWord;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.port.out.AuthorRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Authors in {@code authors}. An author loaded for update is locked exclusively; an author checked
 * with {@link #exists} is share-locked, which keeps it from being deleted (or renamed) until the
 * transaction ends but lets other transactions credit it too. Each write runs in the caller's
 * unit of work, or in one of its own when called outside any.
 */
final class MyBatisAuthorRepository implements AuthorRepository {

    private final UnitOfWork unitOfWork;
    private final AuthorMapper authors;
    private final BookMapper books;
    private final SearchWordMapper searchWords;

    MyBatisAuthorRepository(
            UnitOfWork unitOfWork, AuthorMapper authors, BookMapper books, SearchWordMapper searchWords) {
        this.unitOfWork = unitOfWork;
        this.authors = authors;
        this.books = books;
        this.searchWords = searchWords;
    }

    @Override
    public AuthorId nextId() {
        return new AuthorId(authors.nextId());
    }

    @Override
    public Optional<Author> loadForUpdate(AuthorId authorId) {
        return Optional.ofNullable(authors.lock(authorId.value()))
                .map(row -> Author.reconstitute(new AuthorId(row.id()), new AuthorName(row.name()), row.version()));
    }

    @Override
    public boolean exists(AuthorId authorId) {
        return !authors.lockExisting(List.of(authorId.value())).isEmpty();
    }

    @Override
    public void save(Author author) {
        if (!author.hasChanges()) {
            return;
        }
        unitOfWork.run(() -> {
            List<AuthorWord> words = SearchWordRows.ofAuthor(author.id().value(), author.name());
            if (author.loadedVersion() == Author.NOT_STORED) {
                authors.insert(AuthorColumns.of(author));
                if (!words.isEmpty()) {
                    searchWords.insertAuthorWords(words);
                }
                return null;
            }
            if (authors.update(AuthorColumns.of(author), author.loadedVersion()) == 0) {
                Long current = authors.currentVersion(author.id().value());
                throw new VersionConflictException(
                        "author " + author.id(), author.loadedVersion(), current == null ? 0 : current);
            }
            searchWords.replaceAuthorWords(author.id().value(), words);
            return null;
        });
    }

    /** The foreign key from {@code book_author} refuses to delete an author still credited. */
    @Override
    public void delete(AuthorId authorId) {
        unitOfWork.run(() -> {
            try {
                return authors.delete(authorId.value());
            } catch (DataIntegrityViolationException e) {
                if (!SqlFailures.names(e, SqlFailures.CREDITED_AUTHOR)) {
                    throw e;
                }
                throw new AuthorStillCreditedException(authorId, books.countBooksCrediting(authorId.value()));
            }
        });
    }
}
