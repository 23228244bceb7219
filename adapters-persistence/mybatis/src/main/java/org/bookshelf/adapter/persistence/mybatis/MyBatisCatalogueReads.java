package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bookshelf.adapter.persistence.mybatis.BookMapper.BookCreditRow;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * Reads the catalogue, one statement per call: books with their authors whatever their number (one book, or
 * one keyset page joined to its credits), so each answer comes from one snapshot; authors; the counts.
 */
final class MyBatisCatalogueReads implements CatalogueReads {

    private final BookMapper books;
    private final AuthorMapper authors;
    private final CatalogueMapper catalogue;

    MyBatisCatalogueReads(BookMapper books, AuthorMapper authors, CatalogueMapper catalogue) {
        this.books = books;
        this.authors = authors;
        this.catalogue = catalogue;
    }

    @Override
    public Optional<BookView> findBook(BookId bookId) {
        return views(books.find(bookId.value())).stream().findFirst();
    }

    @Override
    public List<BookView> findBooks(BookFilter filter, Keyset after, int limit) {
        return views(books.findPage(BookQuery.of(filter, after, limit)));
    }

    @Override
    public List<BookView> booksAfter(BookId after, int limit) {
        return views(books.findAfter(after == null ? 0 : after.value(), limit));
    }

    @Override
    public Optional<AuthorView> findAuthor(AuthorId authorId) {
        return Optional.ofNullable(authors.find(authorId.value())).map(MyBatisCatalogueReads::view);
    }

    @Override
    public List<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit) {
        return authors.findPage(AuthorQuery.of(filter, after, limit)).stream()
                .map(MyBatisCatalogueReads::view)
                .toList();
    }

    @Override
    public CatalogueSize countCatalogue() {
        return catalogue.count();
    }

    private static AuthorView view(AuthorRow row) {
        return new AuthorView(new AuthorId(row.id()), new AuthorName(row.name()), row.version());
    }

    /**
     * The books of {@code rows} (one row per credit, each book's rows together), in their order, each with its
     * credits in order of position.
     */
    private static List<BookView> views(List<BookCreditRow> rows) {
        List<BookView> views = new ArrayList<>();
        int first = 0;
        while (first < rows.size()) {
            BookCreditRow book = rows.get(first);
            int next = first;
            while (next < rows.size() && rows.get(next).id() == book.id()) {
                next++;
            }
            List<CreditedAuthor> credited = rows.subList(first, next).stream()
                    .filter(credit -> credit.authorId() != null)
                    .sorted(Comparator.comparingInt(BookCreditRow::position))
                    .map(credit -> new CreditedAuthor(
                            new AuthorId(credit.authorId()),
                            new AuthorName(credit.authorName()),
                            credit.authorVersion()))
                    .toList();
            views.add(new BookView(
                    new BookId(book.id()),
                    new Title(book.title()),
                    book.isbn() == null ? null : new Isbn(book.isbn()),
                    book.publishedYear() == null ? null : new PublicationYear(book.publishedYear()),
                    credited,
                    book.version()));
            first = next;
        }
        return views;
    }
}
