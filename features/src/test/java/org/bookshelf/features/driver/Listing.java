package org.bookshelf.features.driver;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param nextMarker continues the listing after this page, or {@code null} on the last page
 */
public record Listing<T>(List<T> items, String nextMarker) {

    public Listing {
        items = List.copyOf(items);
    }
}
