package org.bookshelf.features.driver;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param nextMarker  continues the listing after this page, or {@code null} on the last page
 * @param suggestions words offered instead, when a search found nothing
 */
public record Listing<T>(List<T> items, String nextMarker, List<String> suggestions) {

    public Listing {
        items = List.copyOf(items);
        suggestions = List.copyOf(suggestions);
    }
}
