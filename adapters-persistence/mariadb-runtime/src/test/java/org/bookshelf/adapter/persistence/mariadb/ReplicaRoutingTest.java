package org.bookshelf.adapter.persistence.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplicaRoutingTest {

    @Test
    void a_position_is_one_gtid_per_domain_within_mariadbs_ranges() {
        assertThat(ReplicaRouting.isPosition("0-1-42")).isTrue();
        assertThat(ReplicaRouting.isPosition("0-1-42,1-3-7")).isTrue();
        assertThat(ReplicaRouting.isPosition("4294967295-4294967295-18446744073709551615")).isTrue();

        assertThat(ReplicaRouting.isPosition(null)).isFalse();
        assertThat(ReplicaRouting.isPosition("")).as("a primary without binary log").isFalse();
        assertThat(ReplicaRouting.isPosition("0-1")).isFalse();
        assertThat(ReplicaRouting.isPosition("0-1-42,")).isFalse();
        assertThat(ReplicaRouting.isPosition(" 0-1-42")).isFalse();
        assertThat(ReplicaRouting.isPosition("0-1-42;SELECT 1")).isFalse();
        assertThat(ReplicaRouting.isPosition("0-1-18446744073709551616")).as("sequence past 64 bits").isFalse();
        assertThat(ReplicaRouting.isPosition("4294967296-1-1")).as("domain past 32 bits").isFalse();
        assertThat(ReplicaRouting.isPosition("0-1-5,0-2-6")).as("one domain twice").isFalse();
        assertThat(ReplicaRouting.isPosition(domains(64))).isTrue();
        assertThat(ReplicaRouting.isPosition(domains(65))).as("more domains than any deployment has").isFalse();
    }

    /** A position naming {@code count} domains: {@code 0-1-1,1-1-1,...}. */
    private static String domains(int count) {
        return IntStream.range(0, count).mapToObj(domain -> domain + "-1-1").collect(Collectors.joining(","));
    }
}
