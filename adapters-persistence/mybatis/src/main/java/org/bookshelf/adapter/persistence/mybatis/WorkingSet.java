package org.bookshelf.adapter.persistence.mybatis;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bookshelf.adapter.persistence.mybatis.BookMapper.AuthorshipRow;
import org.bookshelf.adapter.persistence.mybatis.BookMapper.BookColumns;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the current transaction has read and written, so that nothing is read twice: the stored rows of the
 * books it holds locked, and the name and version of each author it has seen credited.
 *
 * <p>A book's entry belongs to one version of it: a book's row and links only change together with its
 * version, by a transaction holding the book's row lock, so while this transaction holds that lock the
 * rows remembered for the version it loaded are the stored ones. An author's name and version are as the
 * transaction read them; a book's revision (its credited authors' versions) is checked against them.
 *
 * <p>Bound to the transaction (Spring's transaction synchronization) and forgotten when it ends,
 * committed or rolled back; outside a transaction nothing is remembered.
 */
final class WorkingSet {

    /** A book's stored row and its links, in position order. */
    record StoredBook(BookColumns columns, List<AuthorshipRow> links) {

        StoredBook {
            links = List.copyOf(links);
        }
    }

    private static final class Holder extends ResourceHolderSupport {
        final Map<Long, StoredBook> books = new HashMap<>();
        final Map<Long, AuthorRow> authors = new HashMap<>();
    }

    private final Object key = new Object();

    /** The book as stored at {@code version}, if this transaction loaded or wrote it at that version. */
    Optional<StoredBook> book(long bookId, long version) {
        Holder holder = current();
        StoredBook book = holder == null ? null : holder.books.get(bookId);
        return book != null && book.columns().version() == version ? Optional.of(book) : Optional.empty();
    }

    /** Remembers the book as stored (links in position order), until the transaction ends. */
    void rememberBook(BookColumns columns, List<AuthorshipRow> links) {
        Holder holder = holder();
        if (holder != null) {
            holder.books.put(columns.id(), new StoredBook(columns, links));
        }
    }

    void forgetBook(long bookId) {
        Holder holder = current();
        if (holder != null) {
            holder.books.remove(bookId);
        }
    }

    /** The author as this transaction last read it, if it did. */
    Optional<AuthorRow> author(long authorId) {
        Holder holder = current();
        return holder == null ? Optional.empty() : Optional.ofNullable(holder.authors.get(authorId));
    }

    /** Remembers authors as read, until the transaction ends. */
    void rememberAuthors(Collection<AuthorRow> authors) {
        Holder holder = holder();
        if (holder != null) {
            authors.forEach(author -> holder.authors.put(author.id(), author));
        }
    }

    private Holder current() {
        return (Holder) TransactionSynchronizationManager.getResource(key);
    }

    private Holder holder() {
        Holder holder = current();
        if (holder == null && TransactionSynchronizationManager.isSynchronizationActive()) {
            holder = new Holder();
            holder.setSynchronizedWithTransaction(true);
            TransactionSynchronizationManager.bindResource(key, holder);
            TransactionSynchronizationManager.registerSynchronization(
                    new ResourceHolderSynchronization<Holder, Object>(holder, key) {
                    });
        }
        return holder;
    }
}
