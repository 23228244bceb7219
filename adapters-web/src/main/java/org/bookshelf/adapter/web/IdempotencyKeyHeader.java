package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Collections;
import java.util.List;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.Registration;
import org.bookshelf.domain.InvalidValueException;
import org.springframework.http.ResponseEntity;

/**
 * The {@code Idempotency-Key} request header of the registering {@code POST}s, and the
 * {@code Idempotent-Replayed: true} response header that marks an answer given again to a repeated
 * request. The header's whole value is the key. A key belongs to the authenticated principal
 * ({@link HttpServletRequest#getUserPrincipal()}), or to {@value #ANONYMOUS} when there is none (with
 * authentication off), a name no token can have.
 */
final class IdempotencyKeyHeader {

    static final String NAME = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String ANONYMOUS = "-";

    private IdempotencyKeyHeader() {}

    /**
     * The request's key, or {@code null} when it sends none.
     *
     * @throws InvalidRequestException when the header is sent more than once, or is not 1 to
     *         {@value IdempotencyKey#MAX_LENGTH} printable ASCII characters
     */
    static IdempotencyKey of(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(NAME));
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidRequestException(NAME, NAME + " must be sent once, was sent " + values.size() + " times");
        }
        Principal principal = request.getUserPrincipal();
        try {
            return new IdempotencyKey(principal == null ? ANONYMOUS : principal.getName(), values.get(0));
        } catch (InvalidValueException e) {
            throw new InvalidRequestException(
                    NAME, NAME + " must be 1 to " + IdempotencyKey.MAX_LENGTH + " printable ASCII characters");
        }
    }

    /** {@code response}, marked {@code Idempotent-Replayed: true} when it answers a registration again. */
    static <T> ResponseEntity<T> answer(Registration<?> registration, ResponseEntity<T> response) {
        if (!registration.replayed()) {
            return response;
        }
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .header(REPLAYED, "true")
                .body(response.getBody());
    }
}
