package org.bookshelf.adapter.web;

import java.util.List;

/**
 * What {@code /health/ready} reports of a store that reads from replicas of its primary database: each replica's
 * health. An optional bean: without one, readiness names no replica.
 */
public interface ReplicatedStore {

    /** Each replica as it was last checked. */
    List<ReplicaHealth> replicas();

    /**
     * A replica as it was last checked.
     *
     * @param name       its host and port
     * @param up         whether it gets reads
     * @param lagSeconds how far behind the primary it was, or {@code null} when unknown
     */
    record ReplicaHealth(String name, boolean up, Double lagSeconds) {}
}
