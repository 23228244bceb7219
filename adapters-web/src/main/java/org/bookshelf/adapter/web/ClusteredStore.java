package org.bookshelf.adapter.web;

/**
 * What {@code /health/ready} reports of a store on a node of a database cluster (a Galera cluster): how that node
 * stands in it. An optional bean: without one, readiness names no cluster.
 */
public interface ClusteredStore {

    /** The node as it was last checked. */
    NodeState node();

    /**
     * A node of the cluster as it was last checked.
     *
     * @param clusterSize              nodes in its component; 0 when unknown
     * @param synced                   whether it serves: in the primary component, synced, ready
     * @param flowControlPausedSeconds how long replication has been paused by flow control since the node started
     * @param problem                  why it does not serve, or {@code null}
     */
    record NodeState(int clusterSize, boolean synced, double flowControlPausedSeconds, String problem) {}
}
