package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.UnusableBackupException;
import org.bookshelf.application.model.BackupSummary;
import org.bookshelf.application.model.SnapshotSink;

/** A backup file to restore, read from its start at each call (so twice by a restore), never held in memory. */
public interface BackupFile {

    /**
     * Reads the whole file and checks it: its format, each line's structure, the counts and the checksum of its
     * end line.
     *
     * @throws UnusableBackupException saying why it cannot be restored
     */
    BackupSummary verify();

    /**
     * Gives every author and book of the file to {@code sink}, in the file's order, checking it again as
     * {@link #verify} does; a file changed since it was verified is refused when its end is reached.
     *
     * @throws UnusableBackupException saying why it cannot be restored
     */
    void read(SnapshotSink sink);
}
