package org.bookshelf.application.model;

import java.util.List;

/**
 * An import as its caller sees it.
 *
 * @param errors  the first {@value #ERRORS_SHOWN} rows rejected, in the order they were read
 * @param failure why the import stopped before the end, or {@code null} unless {@link ImportState#FAILED}
 */
public record ImportJobView(
        ImportJobId id, ImportState state, ImportCounts counts, List<RowRejection> errors, String failure) {

    /** How many rejected rows an import keeps to show; every rejection is counted all the same. */
    public static final int ERRORS_SHOWN = 100;

    public ImportJobView {
        errors = List.copyOf(errors);
    }
}
