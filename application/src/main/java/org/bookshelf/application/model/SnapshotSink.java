package org.bookshelf.application.model;

/**
 * Takes a whole catalogue, entry by entry: every author first, then every book, each in id order. A failure
 * to take one (a disk full) is thrown as it is, an {@link java.io.UncheckedIOException} for I/O.
 */
public interface SnapshotSink {

    void author(SnapshotAuthor author);

    void book(SnapshotBook book);
}
