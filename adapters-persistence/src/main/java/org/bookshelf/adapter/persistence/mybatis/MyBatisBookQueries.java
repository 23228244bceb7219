package org.bookshelf.adapter.persistence.mybatis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.QueryBooksPort;
import org.bookshelf.application.port.out.ScanBooksPort;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * Reads books with their authors in two statements whatever their number: the books (one keyset
 * page, or one book), then the credited authors of all of them at once.
 */
final class MyBatisBookQueries implements QueryBooksPort, ScanBooksPort {

    private final BookMapper books;
    private final AuthorshipMapper authorships;

    MyBatisBookQueries(BookMapper books, AuthorshipMapper authorships) {
        this.books = books;
        this.authorships = authorships;
    }

    @Override
    public Optional<BookView> findBook(BookId bookId) {
        BookRow row = books.find(bookId.value());
        return row == null ? Optional.empty() : Optional.of(withAuthors(List.of(row)).get(0));
    }

    @Override
    public List<BookView> findBooks(BookFilter filter, Keyset after, int limit) {
        return withAuthors(books.findPage(BookQuery.of(filter, after, limit)));
    }

    @Override
    public List<BookView> booksAfter(BookId after, int limit) {
        return withAuthors(books.findAfter(after == null ? 0 : after.value(), limit));
    }

    @Override
    public long countBooksCrediting(AuthorId authorId) {
        return authorships.countBooksCrediting(authorId.value());
    }

    private List<BookView> withAuthors(List<BookRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CreditedAuthor>> credited = new HashMap<>();
        for (CreditRow credit : authorships.creditsOf(rows.stream().map(BookRow::id).toList())) {
            credited.computeIfAbsent(credit.bookId(), id -> new ArrayList<>())
                    .add(new CreditedAuthor(new AuthorId(credit.authorId()), new AuthorName(credit.authorName()),
                            credit.authorVersion()));
        }
        return rows.stream()
                .map(row -> new BookView(new BookId(row.id()), new Title(row.title()),
                        row.isbn() == null ? null : new Isbn(row.isbn()),
                        row.publishedYear() == null ? null : new PublicationYear(row.publishedYear()),
                        credited.getOrDefault(row.id(), List.of()), row.version()))
                .toList();
    }
}
