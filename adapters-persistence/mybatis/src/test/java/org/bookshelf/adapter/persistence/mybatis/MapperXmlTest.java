package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every SQL parameter is bound ({@code #{}}), never pasted into the text ({@code ${}}). */
class MapperXmlTest {

    @Test
    void no_mapper_xml_pastes_a_value_into_its_sql() throws IOException {
        Resource[] mappers = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:org/bookshelf/adapter/persistence/mybatis/*.xml");

        assertThat(mappers)
                .as("the mapper XML files this rule is about")
                .extracting(Resource::getFilename)
                .contains(
                        "BookMapper.xml",
                        "AuthorMapper.xml",
                        "IdempotencyRecordMapper.xml",
                        "CatalogueMapper.xml",
                        "BulkCatalogueMapper.xml",
                        "ImportJobMapper.xml");
        for (Resource mapper : mappers) {
            try (InputStream in = mapper.getInputStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .as("%s must bind every parameter with #{...}", mapper.getFilename())
                        .doesNotContain("${");
            }
        }
    }
}
