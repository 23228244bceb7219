package org.bookshelf.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of a healthy {@code GET /health/ready} when the store reads from replicas:
 * {@code {"status":"UP","replicas":[{"name":"db2:3306","status":"UP","lag_seconds":0.0}]}}. A replica that is
 * {@code DOWN} gets no reads (they go to the primary) and does not make the service unready. On a node of a
 * cluster: {@code {"status":"UP","cluster":{"status":"UP","size":3,"synced":true,"flow_control_paused_seconds":0.0}}};
 * a node that is not synced is a store that is down.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReadinessResponse(String status, List<Replica> replicas, Cluster cluster) {

    /** @param lagSeconds {@code null} when unknown (unreachable, not replicating) */
    record Replica(String name, String status, Double lagSeconds) {}

    /** @param problem why the node does not serve, or {@code null} */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cluster(String status, int size, boolean synced, double flowControlPausedSeconds, String problem) {

        static Cluster of(ClusteredStore.NodeState node) {
            return new Cluster(
                    node.synced() ? "UP" : "DOWN",
                    node.clusterSize(),
                    node.synced(),
                    node.flowControlPausedSeconds(),
                    node.problem());
        }
    }

    static List<Replica> of(List<ReplicatedStore.ReplicaHealth> replicas) {
        return replicas.stream()
                .map(replica -> new Replica(replica.name(), replica.up() ? "UP" : "DOWN", replica.lagSeconds()))
                .toList();
    }
}
