package org.bookshelf.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.BookId;

/**
 * Every question asked of the catalogue without changing it. Books come with their credited authors (ids,
 * names and versions, in credit order). An adapter answers each call from one consistent state of the store,
 * in a number of statements that does not grow with the number of books or authors answered.
 */
public interface CatalogueReads {

    /** The book with its authors, or empty when none has this id. */
    Optional<BookView> findBook(BookId bookId);

    /**
     * Up to {@code limit} books matching {@code filter}, ordered by the filter's rank, then case-folded title,
     * then id ({@link BookFilter}), each with all of its authors (not only the one filtered on). Searches find
     * by the words of {@link org.bookshelf.application.search.SearchWords}, as they were when the titles, names
     * and ISBNs were stored. To bound what one request reads, an adapter may stop a search before {@code limit}
     * books and say where ({@link Slice#stoppedAt}).
     *
     * @param after where to start (exclusive), or {@code null} from the first book
     */
    Slice<BookView> findBooks(BookFilter filter, Keyset after, int limit);

    /**
     * Up to {@code limit} books with ids above {@code after}, in id order, each with its authors: every book
     * once, however the others change while a scan pages through.
     *
     * @param after {@code null} to start from the first book
     */
    List<BookView> booksAfter(BookId after, int limit);

    /** The author, or empty when none has this id. */
    Optional<AuthorView> findAuthor(AuthorId authorId);

    /**
     * Up to {@code limit} authors matching {@code filter}, ordered by case-folded name then id; searches find by
     * the words of their names ({@link org.bookshelf.application.search.SearchWords#ofName}); like {@link #findBooks},
     * an adapter may stop a search early and say where.
     *
     * @param after where to start (exclusive), or {@code null} from the first author
     */
    Slice<AuthorView> findAuthors(AuthorFilter filter, Keyset after, int limit);

    /**
     * Up to {@code max} distinct index words ({@link org.bookshelf.application.search.SearchWords}) of the books or
     * the authors, those starting with {@code prefix}, in code point order.
     */
    List<String> wordsStartingWith(WordScope scope, String prefix, int max);

    /**
     * For each of {@code words}, how many books (or authors) have it, counted up to {@code upTo}; a word none has
     * may be left out.
     */
    Map<String, Long> wordFrequencies(WordScope scope, Collection<String> words, long upTo);

    /**
     * The books, authors and credits stored now, counted consistently with one another. An adapter may read
     * every row to answer, so callers ask seldom, never on a client's request.
     */
    CatalogueSize countCatalogue();
}
