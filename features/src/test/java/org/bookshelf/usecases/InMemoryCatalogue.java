package org.bookshelf.usecases;

import java.util.Arrays;
import org.bookshelf.adapter.persistence.memory.InMemoryPersistence;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Title;

/** The use cases on a fresh in-memory store, with short ways to set the scene. */
final class InMemoryCatalogue {

    final BookshelfUseCases useCases;

    InMemoryCatalogue() {
        this(InMemoryPersistence.newDrivenPorts());
    }

    InMemoryCatalogue(DrivenPorts ports) {
        useCases = new BookshelfUseCases(ports);
    }

    AuthorView author(String name) {
        return useCases.registerAuthor().registerAuthor(new AuthorName(name));
    }

    BookView book(String title, AuthorView... authors) {
        return useCases.registerBook().registerBook(new RegisterBookCommand(new Title(title), null, null, authorship(authors)));
    }

    BookView bookWithIsbn(String title, String isbn) {
        return useCases.registerBook().registerBook(new RegisterBookCommand(new Title(title), Isbn.parse(isbn), null, null));
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
}
