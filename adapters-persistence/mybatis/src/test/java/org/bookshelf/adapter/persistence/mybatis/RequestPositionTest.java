package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestPositionTest {

    private final RequestPosition positions = new RequestPosition("SELECT @@gtid_binlog_pos");

    @Test
    void a_position_is_one_gtid_per_domain_within_mariadbs_ranges() {
        assertThat(positions.isPosition("0-1-42")).isTrue();
        assertThat(positions.isPosition("0-1-42,1-3-7")).isTrue();
        assertThat(positions.isPosition("4294967295-4294967295-18446744073709551615"))
                .isTrue();

        assertThat(positions.isPosition(null)).isFalse();
        assertThat(positions.isPosition("")).as("a primary without binary log").isFalse();
        assertThat(positions.isPosition("0-1")).isFalse();
        assertThat(positions.isPosition("0-1-42,")).isFalse();
        assertThat(positions.isPosition(" 0-1-42")).isFalse();
        assertThat(positions.isPosition("0-1-42;SELECT 1")).isFalse();
        assertThat(positions.isPosition("0-1-18446744073709551616"))
                .as("sequence past 64 bits")
                .isFalse();
        assertThat(positions.isPosition("4294967296-1-1"))
                .as("domain past 32 bits")
                .isFalse();
        assertThat(positions.isPosition("0-1-5,0-2-6")).as("one domain twice").isFalse();
        assertThat(positions.isPosition(domains(64))).isTrue();
        assertThat(positions.isPosition(domains(65)))
                .as("more domains than any deployment has")
                .isFalse();
    }

    /** A position naming {@code count} domains: {@code 0-1-1,1-1-1,...}. */
    private static String domains(int count) {
        return IntStream.range(0, count).mapToObj(domain -> domain + "-1-1").collect(Collectors.joining(","));
    }
}
