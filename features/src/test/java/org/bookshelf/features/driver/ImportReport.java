package org.bookshelf.features.driver;

import java.util.List;

/**
 * What an import did, once it ended.
 *
 * @param refusals the lines refused (the first 100), in file order
 */
public record ImportReport(
        long rows,
        long booksRegistered,
        long authorsRegistered,
        long credits,
        long alreadyPresent,
        long refused,
        List<RefusedLine> refusals) {

    public ImportReport {
        refusals = List.copyOf(refusals);
    }

    /** A line of the file refused, and why. */
    public record RefusedLine(long line, String reason) {}
}
