package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.web.security.AccessSettings;
import org.bookshelf.adapter.web.security.AccessSettings.JwtSettings;
import org.bookshelf.server.BookshelfSettings.Store;
import org.bookshelf.server.BookshelfSettings.Tls;
import org.junit.jupiter.api.Test;

class BookshelfSettingsTest {

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    private static Map<String, String> variables(String... namesAndValues) {
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
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
        assertThat(settings.importMaxBytes()).isEqualTo(1024L * 1024 * 1024);
    }

    @Test
    void readsEveryEnvironmentVariable() {
        BookshelfSettings settings = BookshelfSettings.fromEnvironment(
                variables(
                        "BOOKSHELF_HOST", "0.0.0.0",
                        "BOOKSHELF_PORT", "9090",
                        "BOOKSHELF_STORE", "Memory",
                        "BOOKSHELF_DATA_DIR", "/var/lib/bookshelf",
                        "BOOKSHELF_DB_URL", "jdbc:mariadb://db:3306/bookshelf",
                        "BOOKSHELF_DB_USER", "shelf",
                        "BOOKSHELF_DB_PASSWORD", "secret",
                        "BOOKSHELF_SHUTDOWN_GRACE_SECONDS", "5",
                        "BOOKSHELF_READ_ACCESS", "token",
                        "BOOKSHELF_JWT_ISSUER_URI", "https://login.example.com/realms/staff",
                        "BOOKSHELF_JWT_AUDIENCE", "bookshelf",
                        "BOOKSHELF_JWT_ROLES_CLAIM", "groups",
                        "BOOKSHELF_TLS_CERT", "/etc/bookshelf/cert.pem",
                        "BOOKSHELF_TLS_KEY", "/etc/bookshelf/key.pem",
                        "BOOKSHELF_PUBLIC_URL", "https://books.example.org",
                        "BOOKSHELF_IMPORT_MAX_BYTES", "5000000000"),
                new Properties());

        assertThat(settings)
                .isEqualTo(new BookshelfSettings(
                        "0.0.0.0",
                        9090,
                        Store.MEMORY,
                        new DatabaseSettings(
                                "jdbc:mariadb://db:3306/bookshelf", "shelf", "secret", Path.of("/var/lib/bookshelf")),
                        Duration.ofSeconds(5),
                        URI.create("https://books.example.org"),
                        new AccessSettings(
                                true,
                                false,
                                Path.of("/var/lib/bookshelf/tokens"),
                                new JwtSettings(
                                        URI.create("https://login.example.com/realms/staff"),
                                        null,
                                        "bookshelf",
                                        "groups")),
                        new Tls(Path.of("/etc/bookshelf/cert.pem"), Path.of("/etc/bookshelf/key.pem")),
                        5_000_000_000L));
    }

    @Test
    void authenticationIsOnWithPublicReadsAndTokensInTheDataDirectoryByDefault() {
        AccessSettings access = BookshelfSettings.fromEnvironment(
                        Map.of("BOOKSHELF_DATA_DIR", "/srv/shelf"), new Properties())
                .access();

        assertThat(access).isEqualTo(new AccessSettings(true, true, Path.of("/srv/shelf/tokens"), null));
        assertThat(access.firstAdminTokenFile()).isEqualTo(Path.of("/srv/shelf/admin-token"));
        assertThat(BookshelfSettings.fromEnvironment(
                                Map.of("BOOKSHELF_TOKENS_FILE", "/etc/shelf/tokens"), new Properties())
                        .access()
                        .tokensFile())
                .isEqualTo(Path.of("/etc/shelf/tokens"));
    }

    @Test
    void authenticationMayBeTurnedOffOnlyOnLoopback() {
        assertThat(BookshelfSettings.fromEnvironment(Map.of("BOOKSHELF_AUTH", "off"), new Properties())
                        .access()
                        .authentication())
                .isFalse();
        assertThat(BookshelfSettings.fromEnvironment(
                                Map.of("BOOKSHELF_AUTH", "OFF", "BOOKSHELF_HOST", "::1"), new Properties())
                        .access()
                        .authentication())
                .isFalse();
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(
                        Map.of("BOOKSHELF_AUTH", "off", "BOOKSHELF_HOST", "0.0.0.0"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_AUTH=off")
                .hasMessageContaining("0.0.0.0");
        assertThatThrownBy(() -> BookshelfSettings.defaults()
                        .withAccess(BookshelfSettings.defaults().access())
                        .withHost("0.0.0.0")
                        .withAccess(new AccessSettings(false, true, Path.of("tokens"), null)))
                .isInstanceOf(IllegalArgumentException.class);
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
        for (String url : new String[] {
            "books.example.org",
            "/shelf",
            "ftp://books.example.org",
            "https:///shelf",
            "https://books.example.org/?x=1",
            "https://books.example.org/#top",
            "https://user:pw@books.example.org",
            "https://books example.org",
            "mailto:books@example.org"
        }) {
            assertThatThrownBy(() -> publicUrl(url))
                    .as(url)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("BOOKSHELF_PUBLIC_URL");
        }
    }

    private static URI publicUrl(String value) {
        return BookshelfSettings.fromEnvironment(Map.of("BOOKSHELF_PUBLIC_URL", value), new Properties())
                .publicUrl();
    }

    @Test
    void systemPropertiesInLowerCaseWithDotsWinOverVariables() {
        BookshelfSettings settings = BookshelfSettings.fromEnvironment(
                Map.of("BOOKSHELF_PORT", "9090", "BOOKSHELF_DB_URL", "jdbc:mariadb://env/db"),
                properties(
                        "bookshelf.port",
                        "9191",
                        "bookshelf.db.url",
                        "jdbc:mariadb://property/db",
                        "bookshelf.store",
                        "memory"));

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
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_PORT");
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(Map.of("BOOKSHELF_PORT", "70000"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_PORT");
        assertThatThrownBy(
                        () -> BookshelfSettings.fromEnvironment(Map.of("BOOKSHELF_STORE", "files"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_STORE");
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(
                        Map.of("BOOKSHELF_SHUTDOWN_GRACE_SECONDS", "-1"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_SHUTDOWN_GRACE_SECONDS");
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(Map.of("BOOKSHELF_AUTH", "maybe"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_AUTH");
        assertThatThrownBy(() ->
                        BookshelfSettings.fromEnvironment(Map.of("BOOKSHELF_READ_ACCESS", "open"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_READ_ACCESS");
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(
                        Map.of("BOOKSHELF_JWT_ISSUER_URI", "not a url"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_JWT_ISSUER_URI");
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(
                        Map.of("BOOKSHELF_JWT_AUDIENCE", "bookshelf"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_JWT_ISSUER_URI");
        assertThatThrownBy(() -> BookshelfSettings.fromEnvironment(
                        Map.of("BOOKSHELF_TLS_CERT", "/etc/cert.pem"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BOOKSHELF_TLS_KEY");
    }

    @Test
    void neverShowsThePassword() {
        BookshelfSettings settings = BookshelfSettings.fromEnvironment(
                Map.of(
                        "BOOKSHELF_DB_URL",
                        "jdbc:mariadb://db/shelf",
                        "BOOKSHELF_DB_USER",
                        "shelf",
                        "BOOKSHELF_DB_PASSWORD",
                        "hunter2"),
                new Properties());

        assertThat(settings.toString()).doesNotContain("hunter2").contains("jdbc:mariadb");
    }

    @Test
    void theStartUpLineHidesAPasswordInsideTheUrl() {
        BookshelfSettings settings = BookshelfSettings.fromEnvironment(
                Map.of("BOOKSHELF_DB_URL", "jdbc:mariadb://db/shelf?user=shelf&password=hunter2"), new Properties());

        assertThat(settings.describeStore()).isEqualTo("MariaDB at jdbc:mariadb://db/shelf?user=shelf&password=***");
        assertThat(settings.toString()).doesNotContain("hunter2");
    }
}
