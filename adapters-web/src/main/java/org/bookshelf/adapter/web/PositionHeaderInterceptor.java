package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Set;
import org.bookshelf.application.port.out.ReadYourWrites;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Read-your-writes across replicas, at the HTTP edge: an answer to a request that committed a change carries
 * {@value #NAME}, where the store's primary stood after it; a request that sends {@value #NAME} back is
 * answered from a state at least that recent. Installed only when the store reads from replicas
 * ({@link ReadYourWrites}). A malformed value is refused with 400 before anything runs.
 */
final class PositionHeaderInterceptor implements HandlerInterceptor {

    static final String NAME = "Bookshelf-Position";

    private static final int MAX_LENGTH = 2048;

    /**
     * Methods that change nothing: their answers carry no position, so the units of work they run to read
     * (an export's pages, an import's state) do not each ask the primary where it stands.
     */
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ReadYourWrites positions;

    PositionHeaderInterceptor(ReadYourWrites positions) {
        this.positions = positions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String sent = request.getHeader(NAME);
        String readAfter = sent == null ? null : sent.strip();
        if (readAfter != null
                && (readAfter.length() > MAX_LENGTH || !positions.isPosition(readAfter) || countOf(request) > 1)) {
            throw new InvalidRequestException(
                    NAME, "must be one " + NAME + " from an earlier answer, as it was" + " sent, such as 0-1-42");
        }
        boolean changes = !READS.contains(request.getMethod());
        positions.beginRequest(readAfter, changes ? position -> response.setHeader(NAME, position) : null);
        return true;
    }

    /** How many times the header was sent: more than once is as ambiguous as a malformed value. */
    private static int countOf(HttpServletRequest request) {
        return Collections.list(request.getHeaders(NAME)).size();
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        positions.endRequest();
    }
}
