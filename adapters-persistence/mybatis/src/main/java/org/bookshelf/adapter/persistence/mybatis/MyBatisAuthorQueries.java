package org.bookshelf.adapter.persistence.mybatis;

import java.util.List;
import java.util.Optional;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.QueryAuthorsPort;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;

/** Reads authors, one statement per call. */
final class MyBatisAuthorQueries implements QueryAuthorsPort {

    private final AuthorMapper authors;

    MyBatisAuthorQueries(AuthorMapper authors) {
        this.authors = authors;
    }

    @Override
    public Optional<AuthorView> findAuthor(AuthorId authorId) {
        return Optional.ofNullable(authors.find(authorId.value())).map(MyBatisAuthorQueries::view);
    }

    @Override
    public List<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
        return authors.findPage(AuthorQuery.of(filter, after, limit)).stream().map(MyBatisAuthorQueries::view).toList();
    }

    private static AuthorView view(AuthorRow row) {
        return new AuthorView(new AuthorId(row.id()), new AuthorName(row.name()), row.version());
    }
}
