package org.bookshelf.adapter.web;

import java.util.List;

/**
 * The body of a healthy {@code GET /health/ready} when the store reads from replicas:
 * {@code {"status":"UP","replicas":[{"name":"db2:3306","status":"UP","lag_seconds":0.0}]}}. A replica that is
 * {@code DOWN} gets no reads (they go to the primary) and does not make the service unready.
 */
record ReadinessResponse(String status, List<Replica> replicas) {

    /** @param lagSeconds {@code null} when unknown (unreachable, not replicating) */
    record Replica(String name, String status, Double lagSeconds) {}

    static List<Replica> of(List<ReplicatedStore.ReplicaHealth> replicas) {
        return replicas.stream()
                .map(replica -> new Replica(replica.name(), replica.up() ? "UP" : "DOWN", replica.lagSeconds()))
                .toList();
    }
}
