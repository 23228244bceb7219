package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every SQL parameter is bound ({@code #{}}), never pasted into the text ({@code ${}}). The one text pasted is that
 * of an {@code <include>}'s {@code <property>}, written in the file itself (such as a column's name).
 */
class MapperXmlTest {

    /** A property an {@code <include>} sets to a text of the file: {@code <property name="key" value="d.title_key"/>}. */
    private static final Pattern INCLUDE_PROPERTY = Pattern.compile("<property name=\"(\\w+)\" value=\"[\\w.]+\"/>");

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
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String withoutIncludeProperties = xml;
                for (String property : INCLUDE_PROPERTY
                        .matcher(xml)
                        .results()
                        .map(found -> found.group(1))
                        .toList()) {
                    withoutIncludeProperties = withoutIncludeProperties.replace("${" + property + "}", "");
                }
                assertThat(withoutIncludeProperties)
                        .as("%s must bind every parameter with #{...}", mapper.getFilename())
                        .doesNotContain("${");
            }
        }
    }
}
