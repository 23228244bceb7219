package org.bookshelf.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Isbn;

/**
 * Finds which of many names, ISBNs and titles the catalogue holds already, each question in a number of
 * statements that does not grow with the number asked about. Plain reads; call inside a {@link UnitOfWork}
 * to see what it has written.
 */
public interface MatchCataloguePort {

    /** For each of {@code names} some author has exactly (case and all), the lowest id among those authors. */
    Map<AuthorName, AuthorId> authorsNamed(Collection<AuthorName> names);

    /** Those of {@code isbns} that a book has. */
    Set<Isbn> isbnsPresent(Collection<Isbn> isbns);

    /** Those of {@code signatures} that a book has: its exact title and its authors' exact names in credit order. */
    Set<BookSignature> signaturesPresent(Collection<BookSignature> signatures);
}
