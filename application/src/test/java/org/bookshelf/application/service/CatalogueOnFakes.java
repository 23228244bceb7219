package org.bookshelf.application.service;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.function.Supplier;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.port.out.BulkCatalogue;
import org.bookshelf.application.port.out.CatalogueSnapshots;
import org.bookshelf.application.port.out.IdempotencyRecordsPort;
import org.bookshelf.application.port.out.ImportJobsPort;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Title;

/**
 * The use cases on fakes of the books, authors and reads ports over one {@link FakeStore}, with short ways to set
 * the scene. The ports these tests do not need (imports, idempotency records) refuse every call.
 */
final class CatalogueOnFakes {

    final BookshelfUseCases useCases;

    CatalogueOnFakes() {
        FakeStore store = new FakeStore();
        UnitOfWork direct = new UnitOfWork() {
            @Override
            public <T> T run(Supplier<T> work) {
                return work.get();
            }
        };
        useCases = new BookshelfUseCases(new DrivenPorts(
                direct,
                new FakeBookRepository(store),
                new FakeAuthorRepository(store),
                new FakeCatalogueReads(store),
                unused(IdempotencyRecordsPort.class),
                unused(BulkCatalogue.class),
                unused(ImportJobsPort.class),
                unused(CatalogueSnapshots.class)));
    }

    AuthorView author(String name) {
        return useCases.registerAuthor().registerAuthor(new AuthorName(name));
    }

    BookView book(String title, AuthorView... authors) {
        return useCases.registerBook()
                .registerBook(new RegisterBookCommand(new Title(title), null, null, authorship(authors)));
    }

    BookView bookWithIsbn(String title, String isbn) {
        return useCases.registerBook()
                .registerBook(new RegisterBookCommand(new Title(title), Isbn.parse(isbn), null, null));
    }

    /** The book as it is stored now. */
    BookView now(BookView book) {
        return useCases.getBook().getBook(book.id());
    }

    /** The author as stored now. */
    AuthorView now(AuthorView author) {
        return useCases.getAuthor().getAuthor(author.id());
    }

    static Authorship authorship(AuthorView... authors) {
        return Authorship.of(Arrays.stream(authors).map(AuthorView::id).toList());
    }

    private static <P> P unused(Class<P> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(port.getSimpleName() + " is not faked for these tests");
        }));
    }
}
