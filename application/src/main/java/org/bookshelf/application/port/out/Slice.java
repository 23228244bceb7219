package org.bookshelf.application.port.out;

import java.util.List;

/**
 * What a store read of a listing: items in the listing's order, up to the limit asked for, and where it stopped
 * reading when it stopped before that limit with more of the listing possibly ahead (a search that read as many rows
 * as one request may). The listing then goes on strictly after {@code stoppedAt}, with nothing skipped.
 *
 * @param stoppedAt {@code null} when the items are all the listing holds up to the limit
 */
public record Slice<T>(List<T> items, Keyset stoppedAt) {

    public Slice {
        items = List.copyOf(items);
    }

    /** Every item of the listing up to the limit. */
    public static <T> Slice<T> of(List<T> items) {
        return new Slice<>(items, null);
    }
}
