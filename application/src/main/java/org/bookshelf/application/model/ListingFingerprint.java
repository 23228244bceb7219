package org.bookshelf.application.model;

/** Names a listing and its criteria in one string that no other listing or criteria can share. */
final class ListingFingerprint {

    private ListingFingerprint() {}

    /**
     * {@code listing} followed by each criterion: {@code -} when absent, otherwise its length and its
     * text, so that an absent criterion differs from the text "null" and no text can pass for two.
     */
    static String of(String listing, Object... criteria) {
        StringBuilder fingerprint = new StringBuilder(listing);
        for (Object criterion : criteria) {
            if (criterion == null) {
                fingerprint.append("|-");
            } else {
                String text = criterion.toString();
                fingerprint.append('|').append(text.length()).append(':').append(text);
            }
        }
        return fingerprint.toString();
    }
}
