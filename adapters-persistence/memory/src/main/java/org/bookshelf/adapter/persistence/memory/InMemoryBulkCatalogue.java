package org.bookshelf.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.application.port.out.BulkCatalogue;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;

/** What an import matches against and stores many at once, on the in-memory store's maps. */
final class InMemoryBulkCatalogue implements BulkCatalogue {

    private final InMemoryUnitOfWork unitOfWork;
    private final InMemoryStore store;

    InMemoryBulkCatalogue(InMemoryUnitOfWork unitOfWork, InMemoryStore store) {
        this.unitOfWork = unitOfWork;
        this.store = store;
    }

    @Override
    public Map<AuthorName, AuthorId> authorsNamed(Collection<AuthorName> names) {
        return unitOfWork.read(() -> {
            Map<AuthorName, AuthorId> found = new HashMap<>();
            for (AuthorName name : names) {
                store.authorsNamedExactly(name).stream().findFirst().ifPresent(id -> found.put(name, id));
            }
            return found;
        });
    }

    @Override
    public Set<Isbn> isbnsPresent(Collection<Isbn> isbns) {
        return unitOfWork.read(() -> isbns.stream().filter(store::holdsIsbn).collect(Collectors.toSet()));
    }

    @Override
    public Set<BookSignature> signaturesPresent(Collection<BookSignature> signatures) {
        return unitOfWork.read(() -> signatures.stream()
                .filter(signature -> store.signaturesTitled(signature.title()).contains(signature))
                .collect(Collectors.toSet()));
    }

    @Override
    public List<AuthorId> nextAuthorIds(int count) {
        return fresh(count, store::nextAuthorId);
    }

    @Override
    public List<BookId> nextBookIds(int count) {
        return fresh(count, store::nextBookId);
    }

    @Override
    public void insertAuthors(List<Author> newAuthors) {
        unitOfWork.run(() -> {
            newAuthors.forEach(store::insert);
            return null;
        });
    }

    @Override
    public void insertBooks(List<Book> newBooks) {
        unitOfWork.run(() -> {
            newBooks.forEach(store::insert);
            return null;
        });
    }

    private static <I> List<I> fresh(int count, Supplier<I> next) {
        List<I> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(next.get());
        }
        return ids;
    }
}
