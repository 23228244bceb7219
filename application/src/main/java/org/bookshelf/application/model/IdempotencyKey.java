package org.bookshelf.application.model;

import org.bookshelf.domain.InvalidValueException;

/**
 * A client's name for one registering request, so that the request can be sent again (after a timeout,
 * say) without registering twice. A key belongs to the principal who sent it: equal keys of two
 * principals are two keys.
 *
 * @param principal who sent the request, as authenticated: 1 to {@value #MAX_LENGTH} characters
 * @param key       the client's key: 1 to {@value #MAX_LENGTH} printable ASCII characters (space to {@code ~})
 */
public record IdempotencyKey(String principal, String key) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (principal == null || principal.isEmpty() || principal.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a principal's name must be 1 to " + MAX_LENGTH + " characters");
        }
        if (key == null
                || key.isEmpty()
                || key.length() > MAX_LENGTH
                || !key.chars().allMatch(c -> c >= ' ' && c <= '~')) {
            throw InvalidValueException.stating(
                    RequestValue.IDEMPOTENCY_KEY,
                    "an idempotency key must be 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
    }
}
