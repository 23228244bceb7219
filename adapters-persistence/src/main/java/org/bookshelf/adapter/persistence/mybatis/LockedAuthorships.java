package org.bookshelf.adapter.persistence.mybatis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stored links of the books the current transaction holds locked, as it read or wrote them, so that
 * storing a book's new authorship needs no second read of its links. Each entry belongs to one version
 * of the book: a book's links only change together with its version, by a transaction holding the
 * book's row lock, so while this transaction holds that lock the links remembered for the version it
 * loaded are the stored ones.
 *
 * <p>Bound to the transaction (Spring's transaction synchronization) and forgotten when it ends,
 * committed or rolled back; outside a transaction nothing is remembered.
 */
final class LockedAuthorships {

    /** The links of one book, in position order, at one version of it. */
    private record Entry(long version, List<AuthorshipRow> links) {
    }

    private static final class Holder extends ResourceHolderSupport {
        final Map<Long, Entry> books = new HashMap<>();
    }

    private final Object key = new Object();

    /** The links remembered for the book at {@code version}, if this transaction loaded or wrote it at that version. */
    Optional<List<AuthorshipRow>> at(long bookId, long version) {
        Holder holder = (Holder) TransactionSynchronizationManager.getResource(key);
        Entry entry = holder == null ? null : holder.books.get(bookId);
        return entry != null && entry.version() == version ? Optional.of(entry.links()) : Optional.empty();
    }

    /** Remembers the book's stored links (in position order) at {@code version}, until the transaction ends. */
    void remember(long bookId, long version, List<AuthorshipRow> links) {
        Holder holder = holder();
        if (holder != null) {
            holder.books.put(bookId, new Entry(version, List.copyOf(links)));
        }
    }

    void forget(long bookId) {
        Holder holder = (Holder) TransactionSynchronizationManager.getResource(key);
        if (holder != null) {
            holder.books.remove(bookId);
        }
    }

    private Holder holder() {
        Holder holder = (Holder) TransactionSynchronizationManager.getResource(key);
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
