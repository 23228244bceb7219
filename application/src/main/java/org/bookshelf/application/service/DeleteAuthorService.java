package org.bookshelf.application.service;

import java.util.List;
import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.port.in.DeleteAuthorUseCase;
import org.bookshelf.application.port.out.AuthorRepository;
import org.bookshelf.application.port.out.BookRepository;
import org.bookshelf.application.port.out.UnitOfWork;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;

record DeleteAuthorService(UnitOfWork unitOfWork, AuthorRepository authors, BookRepository books)
        implements DeleteAuthorUseCase {

    /**
     * An author still credited is refused by the store
     * ({@link org.bookshelf.application.exception.AuthorStillCreditedException}), unless unlinked first.
     */
    @Override
    public void deleteAuthor(AuthorId authorId, boolean unlinkFromBooks) {
        unitOfWork.run(() -> {
            authors.loadForUpdate(authorId).orElseThrow(() -> new AuthorNotFoundException(authorId));
            if (unlinkFromBooks) {
                List<Book> crediting = books.loadCreditingForUpdate(authorId);
                crediting.forEach(book -> book.removeCredit(authorId));
                books.saveAll(crediting);
            }
            authors.delete(authorId);
            return null;
        });
    }
}
