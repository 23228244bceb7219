package org.bookshelf.adapter.persistence.contract;

import java.util.List;
import java.util.function.Supplier;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorName;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the contract suites on the driven ports share: an empty store per test, supplied by a subclass, units of
 * work on its ports, and searches of what it holds.
 */
public abstract class StoreContract {

    protected DrivenPorts ports;

    /** The adapter under test, holding no book, author or import. */
    protected abstract DrivenPorts emptyStore();

    @BeforeEach
    void startEmpty() {
        ports = emptyStore();
    }

    /** Runs {@code work} in one unit of work and answers what it answers. */
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return ports.unitOfWork().run(work);
    }

    /** Runs {@code work} in one unit of work. */
    protected void inUnitOfWork(Runnable work) {
        ports.unitOfWork().run(() -> {
            work.run();
            return null;
        });
    }

    /** Registers and stores a new author named {@code name}. */
    protected Author registerAuthor(String name) {
        return inUnitOfWork(() -> {
            Author author = Author.register(ports.authors().nextId(), new AuthorName(name));
            ports.authors().save(author);
            return author;
        });
    }

    /** What a search for {@code search} finds among books: the first 100, in the order of the answer. */
    protected List<BookView> booksFound(String search) {
        return booksFound(new BookFilter(null, SearchQuery.parse(search), null));
    }

    /** The books {@code filter} holds: the first 100, in the order of the answer. */
    protected List<BookView> booksFound(BookFilter filter) {
        return inUnitOfWork(() -> ports.reads().findBooks(filter, null, 100).items());
    }

    /** What a search for {@code search} finds among authors: the first 100, in the order of the answer. */
    protected List<AuthorView> authorsFound(String search) {
        return inUnitOfWork(() -> ports.reads()
                .findAuthors(new AuthorFilter(null, SearchQuery.parse(search)), null, 100)
                .items());
    }

    protected static List<String> titles(List<BookView> books) {
        return books.stream().map(book -> book.title().value()).toList();
    }

    protected static List<String> authorNames(List<AuthorView> authors) {
        return authors.stream().map(author -> author.name().value()).toList();
    }
}
