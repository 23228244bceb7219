package org.bookshelf.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;

/**
 * The catalogue as an import sees it: many names, ISBNs and titles matched at once, and many authors and books
 * registered at once, each in a number of statements that grows far slower than one per row. The matching
 * rules are the import's ({@link org.bookshelf.application.port.in.ImportBooksUseCase}), defined here once and
 * held to on every store by {@code ImportPortsContract}:
 *
 * <ul>
 * <li>an author matches a name it has exactly (trimmed, case and accents as they are); which of several the
 *     import takes is the import's choice, not the store's;</li>
 * <li>a book matches an ISBN it has;</li>
 * <li>a book matches a {@link BookSignature} when it has exactly its title and its authors' exact names in
 *     credit order.</li>
 * </ul>
 *
 * <p>Look-ups are plain reads; writes run in the caller's {@link UnitOfWork} (call them inside one).
 */
public interface BulkCatalogue {

    /** For each of {@code names} some author has, every author matching it (exact name), in no order. */
    Map<AuthorName, List<AuthorId>> authorsNamed(Collection<AuthorName> names);

    /** Those of {@code isbns} that a book has. */
    Set<Isbn> isbnsPresent(Collection<Isbn> isbns);

    /** Those of {@code signatures} that a book matches. */
    Set<BookSignature> signaturesPresent(Collection<BookSignature> signatures);

    /** {@code count} fresh ids no author has had. */
    List<AuthorId> nextAuthorIds(int count);

    /** {@code count} fresh ids no book has had. */
    List<BookId> nextBookIds(int count);

    /** Stores newly registered authors. */
    void insertAuthors(List<Author> authors);

    /**
     * Stores newly registered books with their authorship.
     *
     * @throws DuplicateIsbnException  when a book already has one of their ISBNs (or two of them share one)
     * @throws UnknownAuthorsException when a credited author does not exist
     */
    void insertBooks(List<Book> books);
}
