package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page read by ids binds each id, as the mapper XML would ({@link MapperXmlTest}). */
class PageByIdsSqlTest {

    private static final Map<String, Object> THREE_IDS = Map.of("ids", List.of(7L, 11L, 13L));

    @Test
    void each_id_is_bound_and_none_pasted() {
        assertThat(List.of(PageByIdsSql.books(THREE_IDS), PageByIdsSql.authors(THREE_IDS)))
                .allSatisfy(sql -> assertThat(sql)
                        .contains("IN (#{ids[0]}, #{ids[1]}, #{ids[2]})")
                        .doesNotContain("#{ids[3]}")
                        .doesNotContainPattern("\\b(7|11|13)\\b"));
    }
}
