package org.bookshelf.features.driver;

import java.util.Objects;
import java.util.Set;

/**
 * The catalogue refused a request and changed nothing.
 *
 * <p>For {@link Outcome#INVALID}, {@link #fields()} names the offending values in the catalogue's
 * vocabulary: {@code title}, {@code name}, {@code isbn}, {@code published_year}, {@code authors},
 * {@code limit} (the page size), {@code cursor} (the page marker) and {@code q} (the search text). A
 * driver translates its stack's own names into these.
 */
public class CatalogueRefusal extends RuntimeException {

    private final Outcome outcome;
    private final Set<String> fields;

    public CatalogueRefusal(Outcome outcome, Set<String> fields, String message, Throwable cause) {
        super(outcome + ": " + message, cause);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.fields = Set.copyOf(fields);
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The offending values of an {@link Outcome#INVALID} request; empty for the other outcomes. */
    public Set<String> fields() {
        return fields;
    }
}
