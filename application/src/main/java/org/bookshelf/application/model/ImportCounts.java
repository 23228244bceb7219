package org.bookshelf.application.model;

/**
 * What an import has done so far. Every row read is counted once more, in exactly one of
 * {@code booksCreated}, {@code alreadyPresent} and {@code rejected}.
 *
 * @param rows           the rows read
 * @param booksCreated   the books registered
 * @param authorsCreated the authors registered because no author had their exact name yet
 * @param linksCreated   the credits of the books registered
 * @param alreadyPresent the rows left as they were because the catalogue held their book already
 * @param rejected       the rows refused, each for a reason of its own
 */
public record ImportCounts(
        long rows, long booksCreated, long authorsCreated, long linksCreated, long alreadyPresent, long rejected) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0);

    public ImportCounts plus(ImportCounts more) {
        return new ImportCounts(
                rows + more.rows,
                booksCreated + more.booksCreated,
                authorsCreated + more.authorsCreated,
                linksCreated + more.linksCreated,
                alreadyPresent + more.alreadyPresent,
                rejected + more.rejected);
    }
}
