package org.bookshelf.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Tells registering requests apart by what they ask for: the SHA-256 of the request's name and its
 * values as the use case sees them (trimmed, normalised), so that two requests written differently but
 * asking for the same thing share a fingerprint, and no two that ask for different things do.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    /**
     * 64 hex digits over {@code request} and each value: {@code -} when absent, otherwise its length and
     * its text, so that an absent value differs from the text "null" and no text can pass for two.
     */
    static String of(String request, Object... values) {
        StringBuilder canonical = new StringBuilder(request);
        for (Object value : values) {
            if (value == null) {
                canonical.append("|-");
            } else {
                String text = value.toString();
                canonical.append('|').append(text.length()).append(':').append(text);
            }
        }
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
