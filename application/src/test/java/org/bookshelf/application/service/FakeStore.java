package org.bookshelf.application.service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;

/**
 * What the fakes of the driven ports keep, on plain maps: books as copies (so a caller's changes stay its own
 * until saved) and authors. It backs the store's keys as a database would: unique ISBNs, credited authors exist.
 */
final class FakeStore {

    final Map<BookId, Book> books = new HashMap<>();
    final Map<AuthorId, AuthorView> authors = new HashMap<>();
    private long lastId;

    long nextId() {
        return ++lastId;
    }

    /** A copy of the stored book, at its stored version, or {@code null}. */
    Book book(BookId bookId) {
        Book stored = books.get(bookId);
        return stored == null ? null : copy(stored);
    }

    void put(Book book) {
        Set<AuthorId> unknown = book.authorship().authorIds().stream()
                .filter(id -> !authors.containsKey(id))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new UnknownAuthorsException(unknown);
        }
        book.isbn()
                .ifPresent(isbn -> books.values().stream()
                        .filter(other ->
                                !other.id().equals(book.id()) && other.isbn().equals(book.isbn()))
                        .findAny()
                        .ifPresent(other -> {
                            throw new DuplicateIsbnException(isbn);
                        }));
        books.put(book.id(), copy(book));
    }

    BookView view(Book book) {
        return new BookView(
                book.id(),
                book.title(),
                book.isbn().orElse(null),
                book.publishedYear().orElse(null),
                book.authorship().authorIds().stream()
                        .map(authors::get)
                        .map(author -> new CreditedAuthor(author.id(), author.name(), author.version()))
                        .toList(),
                book.version());
    }

    /** The books ordered by case-folded title, then id. */
    List<Book> booksByTitle() {
        return books.values().stream()
                .sorted(Comparator.comparing((Book book) -> book.title().sortKey())
                        .thenComparingLong(book -> book.id().value()))
                .toList();
    }

    private static Book copy(Book book) {
        return Book.reconstitute(
                book.id(),
                book.title(),
                book.isbn().orElse(null),
                book.publishedYear().orElse(null),
                book.authorship(),
                book.version());
    }
}
