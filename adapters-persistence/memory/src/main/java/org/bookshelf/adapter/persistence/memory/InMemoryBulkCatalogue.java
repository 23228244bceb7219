package org.bookshelf.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.application.port.out.BulkCatalogue;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;

/** What imports match against and store in an {@link InMemoryCatalogue}, many at once. */
final class InMemoryBulkCatalogue implements BulkCatalogue {

    private final InMemoryCatalogue catalogue;

    InMemoryBulkCatalogue(InMemoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Map<AuthorName, List<AuthorId>> authorsNamed(Collection<AuthorName> names) {
        return catalogue.unitOfWork.read(() -> {
            Map<AuthorName, List<AuthorId>> found = new HashMap<>();
            for (AuthorName name : Set.copyOf(names)) {
                List<AuthorId> named = catalogue
                        .authorsWithNameKey(name.sortKey())
                        .filter(author -> author.name().equals(name))
                        .map(AuthorView::id)
                        .toList();
                if (!named.isEmpty()) {
                    found.put(name, named);
                }
            }
            return found;
        });
    }

    @Override
    public Set<Isbn> isbnsPresent(Collection<Isbn> isbns) {
        return catalogue.unitOfWork.read(
                () -> isbns.stream().filter(catalogue::hasIsbn).collect(Collectors.toSet()));
    }

    @Override
    public Set<BookSignature> signaturesPresent(Collection<BookSignature> signatures) {
        return catalogue.unitOfWork.read(() -> signatures.stream()
                .filter(signature -> catalogue
                        .booksWithTitleKey(signature.title().sortKey())
                        .anyMatch(book -> book.title().equals(signature.title())
                                && signature
                                        .authorNames()
                                        .equals(book.authorship().authorIds().stream()
                                                .map(author ->
                                                        catalogue.author(author).name())
                                                .toList())))
                .collect(Collectors.toSet()));
    }

    @Override
    public List<AuthorId> nextAuthorIds(int count) {
        return fresh(count, catalogue::nextAuthorId);
    }

    @Override
    public List<BookId> nextBookIds(int count) {
        return fresh(count, catalogue::nextBookId);
    }

    @Override
    public void insertAuthors(List<Author> authors) {
        catalogue.unitOfWork.run(() -> {
            authors.forEach(catalogue::putAuthor);
            return null;
        });
    }

    @Override
    public void insertBooks(List<Book> books) {
        catalogue.unitOfWork.run(() -> {
            books.forEach(catalogue::putBook);
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
