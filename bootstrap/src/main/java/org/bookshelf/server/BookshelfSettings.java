package org.bookshelf.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.web.security.AccessSettings;
import org.bookshelf.adapter.web.security.AccessSettings.JwtSettings;

/**
 * How the service is run, read from the environment: each setting is an environment variable such as
 * {@code BOOKSHELF_PORT}, or the system property of the same name in lower case with dots
 * ({@code -Dbookshelf.port=9090}), which wins when both are given. Blank counts as not given.
 *
 * @param host          the address to listen on ({@code BOOKSHELF_HOST}, default {@value #DEFAULT_HOST})
 * @param port          the port to listen on ({@code BOOKSHELF_PORT}, default {@value #DEFAULT_PORT});
 *                      0 picks a free one, see {@link BookshelfServer#port()}
 * @param store         which driven ports the catalogue runs on ({@code BOOKSHELF_STORE}: {@code memory} or
 *                      {@code mariadb}, the default)
 * @param database      where MariaDB is when the store is {@code mariadb}: embedded with its data in
 *                      {@code BOOKSHELF_DATA_DIR} (default {@code ./data}), or external at
 *                      {@code BOOKSHELF_DB_URL} with {@code BOOKSHELF_DB_USER} and {@code BOOKSHELF_DB_PASSWORD}
 * @param shutdownGrace how long a shutdown waits for requests in progress
 *                      ({@code BOOKSHELF_SHUTDOWN_GRACE_SECONDS}, default 30)
 * @param publicUrl     where clients reach the service ({@code BOOKSHELF_PUBLIC_URL}), such as
 *                      {@code https://books.example.org} behind a proxy: an absolute http or https URL without
 *                      query or fragment, kept without trailing slash; the base of the {@code Location} of
 *                      created resources. {@code null} (the default) makes those {@code Location}s relative to
 *                      the host ({@code /api/books/7}): they are never built from a request's {@code Host}
 *                      header, which any client can forge
 * @param access        who may do what: {@code BOOKSHELF_AUTH} ({@code on}, the default, or {@code off}, allowed
 *                      only on a loopback address), {@code BOOKSHELF_READ_ACCESS} ({@code public}, the default, or
 *                      {@code token}), {@code BOOKSHELF_TOKENS_FILE} (default {@code <data dir>/tokens}) and the
 *                      {@code BOOKSHELF_JWT_*} settings of an identity provider
 * @param tls           the certificate chain and private key (PEM) to serve HTTPS with ({@code BOOKSHELF_TLS_CERT}
 *                      and {@code BOOKSHELF_TLS_KEY}), or {@code null} for plain HTTP
 * @param importMaxBytes the largest body {@code POST /api/imports} takes ({@code BOOKSHELF_IMPORT_MAX_BYTES}, default
 *                      {@value #DEFAULT_IMPORT_MAX_BYTES}, 1 GiB); every other request body is limited to 64 KiB
 */
public record BookshelfSettings(
        String host,
        int port,
        Store store,
        DatabaseSettings database,
        Duration shutdownGrace,
        URI publicUrl,
        AccessSettings access,
        Tls tls,
        long importMaxBytes) {

    /** A certificate chain and its private key, both PEM files, for HTTPS. */
    public record Tls(Path certificate, Path privateKey) {

        public Tls {
            certificate = certificate.toAbsolutePath().normalize();
            privateKey = privateKey.toAbsolutePath().normalize();
        }
    }

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_IMPORT_MAX_BYTES = 1L << 30;

    /** Where the catalogue is kept. */
    public enum Store {
        /** In this process only, lost at exit: {@code BOOKSHELF_STORE=memory}. */
        MEMORY,
        /** MariaDB, embedded or external: {@code BOOKSHELF_STORE=mariadb}, the default. */
        MARIADB;

        static Store parse(String value) {
            for (Store store : values()) {
                if (store.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return store;
                }
            }
            throw new IllegalArgumentException("BOOKSHELF_STORE must be memory or mariadb, was " + value);
        }

        /** The name used in {@code BOOKSHELF_STORE}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BookshelfSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(access, "access");
        if (host.isBlank()) {
            throw new IllegalArgumentException("BOOKSHELF_HOST must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("BOOKSHELF_PORT must be between 0 and 65535, was " + port);
        }
        if (importMaxBytes < 1) {
            throw new IllegalArgumentException("BOOKSHELF_IMPORT_MAX_BYTES must be positive, was " + importMaxBytes);
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("BOOKSHELF_SHUTDOWN_GRACE_SECONDS must not be negative");
        }
        if (publicUrl != null) {
            publicUrl = checkedPublicUrl(publicUrl);
        }
        if (!access.authentication() && !isLoopback(host)) {
            throw new IllegalArgumentException("BOOKSHELF_AUTH=off is allowed only while listening on a loopback"
                    + " address, and BOOKSHELF_HOST is " + host + "; anyone who reaches it could change everything");
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static URI checkedPublicUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || url.getRawAuthority() == null
                || url.getHost() == null
                || url.getRawUserInfo() != null
                || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            throw new IllegalArgumentException("BOOKSHELF_PUBLIC_URL must be an absolute http or https URL without"
                    + " user, query or fragment, such as https://books.example.org, was " + url);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + url.getRawAuthority() + path);
    }

    /** Every setting at its default. */
    public static BookshelfSettings defaults() {
        return fromEnvironment(Map.of(), new Properties());
    }

    /** The settings of this process: its environment variables and system properties. */
    public static BookshelfSettings fromEnvironment() {
        return fromEnvironment(System.getenv(), System.getProperties());
    }

    /**
     * The settings given by {@code environment} and {@code properties}.
     *
     * @throws IllegalArgumentException naming the setting when one is malformed
     */
    public static BookshelfSettings fromEnvironment(Map<String, String> environment, Properties properties) {
        Lookup lookup = new Lookup(environment, properties);
        String store = lookup.get("BOOKSHELF_STORE");
        DatabaseSettings database = DatabaseSettings.from(properties, environment);
        return new BookshelfSettings(
                Objects.requireNonNullElse(lookup.get("BOOKSHELF_HOST"), DEFAULT_HOST),
                lookup.integer("BOOKSHELF_PORT", DEFAULT_PORT),
                store == null ? Store.MARIADB : Store.parse(store),
                database,
                Duration.ofSeconds(lookup.integer("BOOKSHELF_SHUTDOWN_GRACE_SECONDS", 30)),
                lookup.uri("BOOKSHELF_PUBLIC_URL"),
                new AccessSettings(
                        lookup.choice("BOOKSHELF_AUTH", "on", "off").equals("on"),
                        lookup.choice("BOOKSHELF_READ_ACCESS", "public", "token")
                                .equals("public"),
                        tokensFile(lookup, database),
                        jwt(lookup)),
                tls(lookup),
                lookup.longInteger("BOOKSHELF_IMPORT_MAX_BYTES", DEFAULT_IMPORT_MAX_BYTES));
    }

    /** Where the opaque tokens are kept: {@code BOOKSHELF_TOKENS_FILE}, else {@code <data dir>/tokens}. */
    public static Path tokensFile(Map<String, String> environment, Properties properties) {
        return tokensFile(new Lookup(environment, properties), DatabaseSettings.from(properties, environment));
    }

    private static Path tokensFile(Lookup lookup, DatabaseSettings database) {
        String file = lookup.get("BOOKSHELF_TOKENS_FILE");
        return file != null ? Path.of(file) : database.dataDir().resolve("tokens");
    }

    private static JwtSettings jwt(Lookup lookup) {
        URI issuer = httpUrl("BOOKSHELF_JWT_ISSUER_URI", lookup.uri("BOOKSHELF_JWT_ISSUER_URI"));
        URI jwkSet = httpUrl("BOOKSHELF_JWT_JWK_SET_URI", lookup.uri("BOOKSHELF_JWT_JWK_SET_URI"));
        String audience = lookup.get("BOOKSHELF_JWT_AUDIENCE");
        String rolesClaim = lookup.get("BOOKSHELF_JWT_ROLES_CLAIM");
        if (issuer == null && jwkSet == null) {
            if (audience != null || rolesClaim != null) {
                throw new IllegalArgumentException("BOOKSHELF_JWT_AUDIENCE and BOOKSHELF_JWT_ROLES_CLAIM need"
                        + " BOOKSHELF_JWT_ISSUER_URI or BOOKSHELF_JWT_JWK_SET_URI");
            }
            return null;
        }
        return new JwtSettings(issuer, jwkSet, audience, rolesClaim);
    }

    private static URI httpUrl(String variable, URI url) {
        if (url != null
                && (url.getHost() == null
                        || !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme())))) {
            throw new IllegalArgumentException(variable + " must be an absolute http(s) URL, was " + url);
        }
        return url;
    }

    private static Tls tls(Lookup lookup) {
        String certificate = lookup.get("BOOKSHELF_TLS_CERT");
        String key = lookup.get("BOOKSHELF_TLS_KEY");
        if ((certificate == null) != (key == null)) {
            throw new IllegalArgumentException(
                    "BOOKSHELF_TLS_CERT and BOOKSHELF_TLS_KEY go together: give both or neither");
        }
        return certificate == null ? null : new Tls(Path.of(certificate), Path.of(key));
    }

    public BookshelfSettings withHost(String newHost) {
        return with(draft -> draft.host = newHost);
    }

    public BookshelfSettings withPort(int newPort) {
        return with(draft -> draft.port = newPort);
    }

    public BookshelfSettings withStore(Store newStore) {
        return with(draft -> draft.store = newStore);
    }

    public BookshelfSettings withDatabase(DatabaseSettings newDatabase) {
        return with(draft -> draft.database = newDatabase);
    }

    public BookshelfSettings withShutdownGrace(Duration newShutdownGrace) {
        return with(draft -> draft.shutdownGrace = newShutdownGrace);
    }

    public BookshelfSettings withPublicUrl(URI newPublicUrl) {
        return with(draft -> draft.publicUrl = newPublicUrl);
    }

    public BookshelfSettings withAccess(AccessSettings newAccess) {
        return with(draft -> draft.access = newAccess);
    }

    public BookshelfSettings withImportMaxBytes(long newImportMaxBytes) {
        return with(draft -> draft.importMaxBytes = newImportMaxBytes);
    }

    public BookshelfSettings withTls(Tls newTls) {
        return with(draft -> draft.tls = newTls);
    }

    /** These settings with what {@code change} sets on a draft of them, checked as any settings are. */
    private BookshelfSettings with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return new BookshelfSettings(
                draft.host,
                draft.port,
                draft.store,
                draft.database,
                draft.shutdownGrace,
                draft.publicUrl,
                draft.access,
                draft.tls,
                draft.importMaxBytes);
    }

    /** The settings' values, to change one of before they make new settings. */
    private static final class Draft {
        private String host;
        private int port;
        private Store store;
        private DatabaseSettings database;
        private Duration shutdownGrace;
        private URI publicUrl;
        private AccessSettings access;
        private Tls tls;
        private long importMaxBytes;

        private Draft(BookshelfSettings settings) {
            host = settings.host;
            port = settings.port;
            store = settings.store;
            database = settings.database;
            shutdownGrace = settings.shutdownGrace;
            publicUrl = settings.publicUrl;
            access = settings.access;
            tls = settings.tls;
            importMaxBytes = settings.importMaxBytes;
        }
    }

    /** Where the catalogue is kept, in words for the start-up line. */
    public String describeStore() {
        if (store == Store.MEMORY) {
            return "in memory only";
        }
        int replicas = database.replicas().urls().size();
        return database.isExternal()
                ? "MariaDB at " + database.redactedUrl()
                        + (replicas == 0 ? "" : ", reads on " + replicas + " replica" + (replicas == 1 ? "" : "s"))
                : "embedded MariaDB, data in " + database.dataDir();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "BookshelfSettings[host=" + host + ", port=" + port + ", store=" + store.label() + ", database="
                + database + ", shutdownGrace=" + shutdownGrace + ", publicUrl=" + publicUrl + ", access=" + access
                + ", tls=" + tls + ", importMaxBytes=" + importMaxBytes + "]";
    }

    private record Lookup(Map<String, String> environment, Properties properties) {

        /** The system property ({@code bookshelf.db.url}) if given, else the variable ({@code BOOKSHELF_DB_URL}). */
        String get(String variable) {
            String property =
                    properties.getProperty(variable.toLowerCase(Locale.ROOT).replace('_', '.'));
            String value = property != null && !property.isBlank() ? property : environment.get(variable);
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** The value, lower-cased, which must be one of {@code allowed}; the first when not given. */
        String choice(String variable, String... allowed) {
            String value = get(variable);
            if (value == null) {
                return allowed[0];
            }
            for (String candidate : allowed) {
                if (candidate.equalsIgnoreCase(value)) {
                    return candidate;
                }
            }
            throw new IllegalArgumentException(
                    variable + " must be one of " + String.join(", ", allowed) + ", was " + value);
        }

        URI uri(String variable) {
            String value = get(variable);
            if (value == null) {
                return null;
            }
            try {
                return new URI(value);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(
                        variable + " must be a URL such as https://books.example.org, was " + value);
            }
        }

        long longInteger(String variable, long defaultValue) {
            String value = get(variable);
            if (value == null) {
                return defaultValue;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + " must be a whole number, was " + value);
            }
        }

        int integer(String variable, int defaultValue) {
            String value = get(variable);
            if (value == null) {
                return defaultValue;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + " must be a whole number, was " + value);
            }
        }
    }
}
