package org.bookshelf.features.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bookshelf.features.driver.Listing;
import org.bookshelf.features.driver.Paging;

/** Reads a listing page after page, following the markers to the end. */
final class Pages {

    /** Far more pages than any scenario makes: a listing that runs longer is going round in circles. */
    private static final int MOST_PAGES = 1_000;

    private Pages() {}

    /** Every page of the listing, from the first, each of {@code size} items (or the default when {@code null}). */
    static <T> List<Listing<T>> all(Integer size, Function<Paging, Listing<T>> request) {
        List<Listing<T>> pages = new ArrayList<>();
        Paging paging = new Paging(size, null);
        do {
            if (pages.size() == MOST_PAGES) {
                throw new AssertionError("the listing did not end after " + MOST_PAGES + " pages");
            }
            Listing<T> page = request.apply(paging);
            pages.add(page);
            paging = paging.continuingFrom(page.nextMarker());
        } while (paging.marker() != null);
        return pages;
    }

    /** Every item of the listing, in order. */
    static <T> List<T> items(Function<Paging, Listing<T>> request) {
        return all(null, request).stream()
                .flatMap(page -> page.items().stream())
                .toList();
    }
}
