package org.bookshelf.application.port.out;

import java.util.function.Consumer;

/**
 * Read-your-writes on a store that reads from copies which may lag behind: the position a request must see. A
 * request that sends back the position an earlier change reported is answered from a state at least that recent.
 * Present only when the store reads from such copies.
 */
public interface ReadYourWrites {

    /** Whether {@code value} is a position as the store reports them, fit to be waited for. */
    boolean isPosition(String value);

    /**
     * Until {@link #endRequest()} on this thread: reads see the catalogue at {@code readAfter} or later
     * ({@code null}: at any state), and each change committed reports the position it left the store at to
     * {@code committedAt} ({@code null} when nobody needs to know: a request that changes nothing); later reads
     * of the request then see that position too.
     *
     * @throws IllegalArgumentException when {@code readAfter} is not a {@linkplain #isPosition position}
     */
    void beginRequest(String readAfter, Consumer<String> committedAt);

    /** Ends what {@link #beginRequest} began on this thread. */
    void endRequest();
}
