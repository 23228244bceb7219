package org.bookshelf.adapter.web;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the web adapter needs of a store that reads from replicas of its primary database: positions for
 * read-your-writes ({@code Bookshelf-Position}) and each replica's health ({@code /health/ready}). An optional
 * bean: without one, no request carries a position and readiness names no replica.
 */
public interface ReplicatedStore {

    /** Whether {@code value} is a position as the store reports them, fit to be waited for. */
    boolean isPosition(String value);

    /**
     * Until {@link #endRequest()} on this thread: reads see the catalogue at {@code readAfter} or later
     * ({@code null}: at whatever state the replica they run on has reached), and each change committed reports
     * the position it left the store at to {@code committedAt} ({@code null} when nobody needs to know: a
     * request that changes nothing).
     */
    void beginRequest(String readAfter, Consumer<String> committedAt);

    /** Ends what {@link #beginRequest} began on this thread. */
    void endRequest();

    /** Each replica as it was last checked. */
    List<ReplicaHealth> replicas();

    /**
     * A replica as it was last checked.
     *
     * @param name       its host and port
     * @param up         whether it gets reads
     * @param lagSeconds how far behind the primary it was, or {@code null} when unknown
     */
    record ReplicaHealth(String name, boolean up, Double lagSeconds) {
    }
}
