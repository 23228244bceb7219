package org.bookshelf.application.port.in;

import org.bookshelf.application.exception.CatalogueNotEmptyException;
import org.bookshelf.application.exception.UnusableBackupException;
import org.bookshelf.application.model.CatalogueSize;

/** Gives a catalogue back exactly as a backup holds it. */
public interface RestoreCatalogueUseCase {

    /**
     * Checks the whole file first, then stores every author and book it holds with their ids, versions and credit
     * order, all in one unit of work; ids handed out afterwards come after the highest restored. A file from an
     * older schema is restored into the current one.
     *
     * @param replace whether a catalogue that is not empty is emptied first, rather than refused
     * @return what was restored
     * @throws UnusableBackupException     when the file is truncated, altered, of an unknown format or from a
     *                                     newer schema; nothing was changed
     * @throws CatalogueNotEmptyException  when the catalogue holds authors or books and {@code replace} is
     *                                     false; nothing was changed
     */
    CatalogueSize restore(BackupFile file, boolean replace);
}
