package org.bookshelf.features.driver;

/**
 * Which page of a listing to read.
 *
 * @param size   how many items at most, or {@code null} for the catalogue's default
 * @param marker the marker handed out with the previous page, or {@code null} for the first page
 */
public record Paging(Integer size, String marker) {

    /** The first page, of the default size. */
    public static Paging firstPage() {
        return new Paging(null, null);
    }

    /** The page after the one that handed out {@code nextMarker}, of the same size. */
    public Paging continuingFrom(String nextMarker) {
        return new Paging(size, nextMarker);
    }
}
