package org.bookshelf.adapter.persistence.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void without_settings_the_database_is_embedded_in_data_under_the_working_directory() {
        DatabaseSettings settings = DatabaseSettings.from(new Properties(), Map.of());

        assertThat(settings.isExternal()).isFalse();
        assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath().normalize());
    }

    @Test
    void environment_variables_configure_an_external_database() {
        DatabaseSettings settings = DatabaseSettings.from(new Properties(), Map.of(
                "BOOKSHELF_DB_URL", "jdbc:mariadb://db.example:3306/bookshelf",
                "BOOKSHELF_DB_USER", "shelf",
                "BOOKSHELF_DB_PASSWORD", "secret"));

        assertThat(settings.isExternal()).isTrue();
        assertThat(settings.url()).isEqualTo("jdbc:mariadb://db.example:3306/bookshelf");
        assertThat(settings.user()).isEqualTo("shelf");
        assertThat(settings.password()).isEqualTo("secret");
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void a_system_property_in_lower_case_with_dots_wins_over_the_environment_variable() {
        Properties properties = new Properties();
        properties.setProperty("bookshelf.data.dir", "/srv/bookshelf");
        properties.setProperty("bookshelf.db.url", " ");

        DatabaseSettings settings = DatabaseSettings.from(properties, Map.of(
                "BOOKSHELF_DATA_DIR", "/ignored", "BOOKSHELF_DB_URL", "jdbc:mariadb://from-env/bookshelf"));

        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/bookshelf"));
        assertThat(settings.url()).as("a blank property does not count").isEqualTo("jdbc:mariadb://from-env/bookshelf");
        assertThat(DatabaseSettings.propertyName("BOOKSHELF_DB_PASSWORD")).isEqualTo("bookshelf.db.password");
    }
}
