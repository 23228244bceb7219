package org.bookshelf.adapter.persistence.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

    @Test
    void without_settings_the_database_is_embedded_in_data_under_the_working_directory() {
        DatabaseSettings settings = DatabaseSettings.from(new Properties(), Map.of());

        assertThat(settings.isExternal()).isFalse();
        assertThat(settings.dataDir())
                .isEqualTo(Path.of("data").toAbsolutePath().normalize());
    }

    @Test
    void environment_variables_configure_an_external_database() {
        DatabaseSettings settings = DatabaseSettings.from(
                new Properties(),
                Map.of(
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

        DatabaseSettings settings = DatabaseSettings.from(
                properties,
                Map.of("BOOKSHELF_DATA_DIR", "/ignored", "BOOKSHELF_DB_URL", "jdbc:mariadb://from-env/bookshelf"));

        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/bookshelf"));
        assertThat(settings.url()).as("a blank property does not count").isEqualTo("jdbc:mariadb://from-env/bookshelf");
        assertThat(DatabaseSettings.propertyName("BOOKSHELF_DB_PASSWORD")).isEqualTo("bookshelf.db.password");
    }

    @Test
    void a_password_inside_the_url_is_never_shown() {
        DatabaseSettings settings = DatabaseSettings.from(
                new Properties(),
                Map.of(
                        "BOOKSHELF_DB_URL",
                        "jdbc:mariadb://shelf:s3cr%40t@db.example:3306/bookshelf?user=shelf&password=hunter2"
                                + "&sslMode=verify-full&trustStorePassword=changeit"));

        assertThat(settings.redactedUrl())
                .isEqualTo("jdbc:mariadb://shelf:***@db.example:3306/bookshelf"
                        + "?user=shelf&password=***&sslMode=verify-full&trustStorePassword=***");
        assertThat(settings.toString())
                .contains(settings.redactedUrl())
                .doesNotContain("s3cr")
                .doesNotContain("hunter2")
                .doesNotContain("changeit");
        assertThat(DatabaseSettings.embedded(Path.of("data")).redactedUrl()).isNull();
    }

    @Test
    void a_url_without_a_password_is_shown_as_it_is() {
        String url = "jdbc:mariadb://db.example:3306/bookshelf?useBulkStmts=true";

        assertThat(DatabaseSettings.from(new Properties(), Map.of("BOOKSHELF_DB_URL", url))
                        .redactedUrl())
                .isEqualTo(url);
    }

    @Test
    void the_password_can_come_from_a_file_without_its_trailing_line_break(@TempDir Path directory) throws IOException {
        Path passwordFile = directory.resolve("db-password");
        Files.writeString(passwordFile, " spaced secret \n");

        DatabaseSettings settings = DatabaseSettings.from(
                new Properties(),
                Map.of(
                        "BOOKSHELF_DB_URL",
                        "jdbc:mariadb://db.example/bookshelf",
                        "BOOKSHELF_DB_PASSWORD_FILE",
                        passwordFile.toString()));

        assertThat(settings.password()).isEqualTo(" spaced secret ");
    }

    @Test
    void an_unreadable_password_file_is_refused_naming_the_variable(@TempDir Path directory) {
        Path missing = directory.resolve("no-such-file");

        assertThatThrownBy(() -> DatabaseSettings.from(
                        new Properties(), Map.of("BOOKSHELF_DB_PASSWORD_FILE", missing.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_DB_PASSWORD_FILE")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void a_password_and_a_password_file_together_are_refused(@TempDir Path directory) throws IOException {
        Path passwordFile = Files.writeString(directory.resolve("db-password"), "from-file");

        assertThatThrownBy(() -> DatabaseSettings.from(
                        new Properties(),
                        Map.of(
                                "BOOKSHELF_DB_PASSWORD",
                                "from-variable",
                                "BOOKSHELF_DB_PASSWORD_FILE",
                                passwordFile.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_DB_PASSWORD or BOOKSHELF_DB_PASSWORD_FILE, not both")
                .message()
                .doesNotContain("from-variable")
                .doesNotContain("from-file");
    }

    @Test
    void replicas_of_the_external_database_are_listed_with_their_own_credentials_and_lag_bound() {
        DatabaseSettings settings = DatabaseSettings.from(
                new Properties(),
                Map.of(
                        "BOOKSHELF_DB_URL", "jdbc:mariadb://db1:3306/bookshelf",
                        "BOOKSHELF_DB_USER", "shelf",
                        "BOOKSHELF_DB_REPLICA_URLS",
                                " jdbc:mariadb://db2:3306/bookshelf ,, jdbc:mariadb://db3/bookshelf?password=hunter2",
                        "BOOKSHELF_DB_REPLICA_USER", "reader",
                        "BOOKSHELF_DB_REPLICA_PASSWORD", "s3cret",
                        "BOOKSHELF_REPLICA_MAX_LAG_SECONDS", "0.5"));

        assertThat(settings.replicas().urls())
                .containsExactly("jdbc:mariadb://db2:3306/bookshelf", "jdbc:mariadb://db3/bookshelf?password=hunter2");
        assertThat(settings.replicas().user()).isEqualTo("reader");
        assertThat(settings.replicas().password()).isEqualTo("s3cret");
        assertThat(settings.replicas().maxLag()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.toString()).contains("db3/bookshelf?password=***").doesNotContain("hunter2", "s3cret");
        assertThat(DatabaseSettings.from(new Properties(), Map.of("BOOKSHELF_DB_URL", "jdbc:mariadb://db1/bookshelf"))
                        .replicas())
                .as("none by default")
                .isEqualTo(ReplicaSettings.NONE);
    }

    @Test
    void replica_settings_that_cannot_work_are_refused_naming_the_setting() {
        assertThatThrownBy(() -> DatabaseSettings.from(
                        new Properties(), Map.of("BOOKSHELF_DB_REPLICA_URLS", "jdbc:mariadb://db2/bookshelf")))
                .as("the embedded database has no replicas")
                .hasMessageContaining("BOOKSHELF_DB_URL");
        assertThatThrownBy(() -> DatabaseSettings.from(
                        new Properties(),
                        Map.of(
                                "BOOKSHELF_DB_URL",
                                "jdbc:mariadb://db1/bookshelf",
                                "BOOKSHELF_DB_REPLICA_URLS",
                                "db2:3306")))
                .hasMessageContaining("BOOKSHELF_DB_REPLICA_URLS");
        assertThatThrownBy(() -> DatabaseSettings.from(
                        new Properties(),
                        Map.of(
                                "BOOKSHELF_DB_URL",
                                "jdbc:mariadb://db1/bookshelf",
                                "BOOKSHELF_REPLICA_MAX_LAG_SECONDS",
                                "two")))
                .hasMessageContaining("BOOKSHELF_REPLICA_MAX_LAG_SECONDS");
        assertThatThrownBy(() -> DatabaseSettings.from(
                        new Properties(),
                        Map.of(
                                "BOOKSHELF_DB_URL",
                                "jdbc:mariadb://db1/bookshelf",
                                "BOOKSHELF_REPLICA_MAX_LAG_SECONDS",
                                "-1")))
                .hasMessageContaining("BOOKSHELF_REPLICA_MAX_LAG_SECONDS");
    }

    @Test
    void the_schema_is_migrated_by_default_except_on_a_galera_node_where_the_service_waits_for_it() {
        MigrationSettings unset =
                DatabaseSettings.from(new Properties(), Map.of()).migration();
        assertThat(unset.modeOn(false)).isEqualTo(MigrationSettings.Mode.AUTO);
        assertThat(unset.modeOn(true)).isEqualTo(MigrationSettings.Mode.CHECK);
        assertThat(unset.maxWait()).hasSeconds(60);

        MigrationSettings set = DatabaseSettings.from(
                        new Properties(),
                        Map.of("BOOKSHELF_DB_MIGRATE", "Check", "BOOKSHELF_DB_MIGRATE_WAIT_SECONDS", "2.5"))
                .migration();
        assertThat(set.modeOn(false)).isEqualTo(MigrationSettings.Mode.CHECK);
        assertThat(set.maxWait()).hasMillis(2_500);
        assertThat(DatabaseSettings.from(new Properties(), Map.of("BOOKSHELF_DB_MIGRATE", "auto"))
                        .migration()
                        .modeOn(true))
                .isEqualTo(MigrationSettings.Mode.AUTO);
    }

    @Test
    void migration_settings_that_cannot_work_are_refused_naming_the_setting() {
        assertThatThrownBy(() -> DatabaseSettings.from(new Properties(), Map.of("BOOKSHELF_DB_MIGRATE", "never")))
                .hasMessageContaining("BOOKSHELF_DB_MIGRATE must be auto or check, was never");
        assertThatThrownBy(() ->
                        DatabaseSettings.from(new Properties(), Map.of("BOOKSHELF_DB_MIGRATE_WAIT_SECONDS", "-3")))
                .hasMessageContaining("BOOKSHELF_DB_MIGRATE_WAIT_SECONDS");
        assertThatThrownBy(() -> DatabaseSettings.from(
                        new Properties(), Map.of("BOOKSHELF_DB_MIGRATE_WAIT_SECONDS", "a minute")))
                .hasMessageContaining("BOOKSHELF_DB_MIGRATE_WAIT_SECONDS");
    }

    @Test
    void a_replica_is_named_by_its_host_and_port_in_metrics_and_health() {
        assertThat(Replica.nameOf(1, "jdbc:mariadb://db2.example.org:3307/bookshelf?user=x"))
                .isEqualTo("db2.example.org:3307");
        assertThat(Replica.nameOf(2, "jdbc:mariadb://reader:pw@db3/bookshelf")).isEqualTo("db3");
        assertThat(Replica.nameOf(3, "jdbc:mariadb:///bookshelf")).isEqualTo("replica-3");
    }
}
