package org.bookshelf.adapter.persistence.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a Galera node's status says about whether it serves ({@link GaleraNode#stateOf}). */
class GaleraNodeStateTest {

    private static Map<String, String> synced() {
        Map<String, String> status = new HashMap<>();
        status.put("wsrep_cluster_size", "3");
        status.put("wsrep_cluster_status", "Primary");
        status.put("wsrep_local_state", "4");
        status.put("wsrep_local_state_comment", "Synced");
        status.put("wsrep_ready", "ON");
        status.put("wsrep_flow_control_paused_ns", "1500000000");
        return status;
    }

    @Test
    void a_node_synced_in_the_primary_component_serves() {
        GaleraNode.State state = GaleraNode.stateOf(synced());

        assertThat(state.synced()).isTrue();
        assertThat(state.clusterSize()).isEqualTo(3);
        assertThat(state.flowControlPausedNanos()).isEqualTo(1_500_000_000L);
        assertThat(state.problem()).isNull();
    }

    @Test
    void a_node_not_ready_outside_the_primary_component_or_not_synced_does_not_serve_and_says_why() {
        Map<String, String> notReady = synced();
        notReady.put("wsrep_ready", "OFF");
        Map<String, String> nonPrimary = synced();
        nonPrimary.put("wsrep_cluster_status", "non-Primary");
        Map<String, String> donor = synced();
        donor.put("wsrep_local_state", "2");
        donor.put("wsrep_local_state_comment", "Donor/Desynced");

        assertThat(GaleraNode.stateOf(notReady).problem()).isEqualTo("not ready (wsrep_ready=OFF)");
        assertThat(GaleraNode.stateOf(nonPrimary).problem())
                .isEqualTo("not in the primary component (wsrep_cluster_status=non-Primary)");
        assertThat(GaleraNode.stateOf(donor).problem()).isEqualTo("not synced (wsrep_local_state=2, Donor/Desynced)");
        for (Map<String, String> status : List.of(notReady, nonPrimary, donor)) {
            assertThat(GaleraNode.stateOf(status).synced()).isFalse();
            assertThat(GaleraNode.stateOf(status).answered()).isTrue();
        }
    }
}
