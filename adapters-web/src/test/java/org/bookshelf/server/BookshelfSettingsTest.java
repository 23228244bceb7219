package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.server.BookshelfSettings.Store;
import org.junit.jupiter.api.Test;

class BookshelfSettingsTest {

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    @Test
    void defaultsListenOnLoopback8080WithEmbeddedMariaDbInData() {
        BookshelfSettings settings = BookshelfSettings.defaults();

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.store()).isEqualTo(Store.MARIADB);
        assertThat(settings.database().isExternal()).isFalse();
        assertThat(settings.database().dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings.shutdownGrace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.publicUrl()).isNull();
    }

    @Test
    void readsEveryEnvironmentVariable() {
        BookshelfSettings settings = BookshelfSettings.fromEnvironment(Map.of(
                "BOOKSHELF_HOST", "0.0.0.0",
                "BOOKSHELF_PORT", "9090",
                "BOOKSHELF_STORE", "Memory",
                "BOOKSHELF_DATA_DIR", "/var/lib/bookshelf",
                "BOOKSHELF_DB_URL", "jdbc:mariadb://db:3306/bookshelf",
                "BOOKSHELF_DB_USER", "shelf",
                "BOOKSHELF_DB_PASSWORD", "secret",
                "BOOKSHELF_SHUTDOWN_GRACE_SECONDS", "5",
                "BOOKSHELF_PUBLIC_URL", "https://books.example.org"), new Properties());

        assertThat(settings).isEqualTo(new BookshelfSettings("0.0.0.0", 9090, Store.MEMORY,
                new DatabaseSettings("jdbc:mariadb://db:3306/bookshelf", "shelf", "secret", Path.of("/var/lib/bookshelf")),
                Duration.ofSeconds(5), URI.create("https://books.example.org")));
    }

    @Test
    void thePublicUrlIsKeptWithoutTrailingSlashes() {
        for (String url : new String[] {"https://books.example.org/", "HTTPS://books.example.org//"}) {
            assertThat(publicUrl(url)).isEqualTo(URI.create("https://books.example.org"));
        }
        assertThat(publicUrl("http://proxy:8443/shelf/")).isEqualTo(URI.create("http://proxy:8443/shelf"));
    }

    @Test
    void thePublicUrlMustBeAnAbsoluteHttpUrlWithoutQueryOrFragment() {
        for (String url : new String[] {"books.example.org", "/shelf", "ftp://books.example.org", "https:///shelf",
                "https://books.example.org/?x=1", "https://books.example.org/#top", "https://user:pw@books.example.org",
                "https://books example.org", "mailto:books@example.org"}) {
            assertThatThrownBy(() -> publicUrl(url)).as(url)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BOOKSHELF_PUBLIC_URL");
        }
    }

    private static URI publicUrl(String value) {
        return BookshelfSettings.fromEnvironment(Map.of("BOOKSHELF_PUBLIC_URL", value), new Properties()).publicUrl();
    }

    @Test
    void systemPropertiesInLowerCaseWithDotsWinOverVariables() {
        BookshelfSettings settings = BookshelfSettings.fromEnvironment(
                Map.of("BOOKSHELF_PORT", "9090", "BOOKSHELF_DB_URL", "jdbc:mariadb://env/db"),
                properties("bookshelf.port", "9191", "bookshelf.db.url", "jdbc:mariadb://property/db",
                        "bookshelf.store", "memory"));

        assertThat(settings.port()).isEqualTo(9191);
        assertThat(settings.database().url()).isEqualTo("jdbc:mariadb://property/db");
        assertThat(settings.store()).isEqualTo(Store.MEMORY);
    }

    @Test
    void blankCountsAsNotGiven() {
        BookshelfSettings settings = BookshelfSettings.fromEnvironment(
                Map.of("BOOKSHELF_PORT", " ", "BOOKSHELF_DB_URL", ""), properties("bookshelf.host", ""));

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.database().url()).isNull();
        assertThat(settings.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void malformedSettingsAreNamed() {
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(Map.of("BOOKSHELF_PORT", "http"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BOOKSHELF_PORT");
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(Map.of("BOOKSHELF_PORT", "70000"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BOOKSHELF_PORT");
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(Map.of("BOOKSHELF_STORE", "files"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BOOKSHELF_STORE");
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(
                Map.of("BOOKSHELF_SHUTDOWN_GRACE_SECONDS", "-1"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BOOKSHELF_SHUTDOWN_GRACE_SECONDS");
    }

    @Test
    void neverShowsThePassword() {
        BookshelfSettings settings = BookshelfSettings.fromEnvironment(Map.of(
                "BOOKSHELF_DB_URL", "jdbc:mariadb://db/shelf", "BOOKSHELF_DB_USER", "shelf",
                "BOOKSHELF_DB_PASSWORD", "hunter2"), new Properties());

        assertThat(settings.toString()).doesNotContain("hunter2").contains("jdbc:mariadb");
    }
}
