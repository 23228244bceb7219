package org.bookshelf.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;

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
 */
public record BookshelfSettings(String host, int port, Store store, DatabaseSettings database,
        Duration shutdownGrace, URI publicUrl) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

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
        if (host.isBlank()) {
            throw new IllegalArgumentException("BOOKSHELF_HOST must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("BOOKSHELF_PORT must be between 0 and 65535, was " + port);
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("BOOKSHELF_SHUTDOWN_GRACE_SECONDS must not be negative");
        }
        if (publicUrl != null) {
            publicUrl = checkedPublicUrl(publicUrl);
        }
    }

    private static URI checkedPublicUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getRawAuthority() == null || url.getHost() == null
                || url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
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
        return new BookshelfSettings(
                Objects.requireNonNullElse(lookup.get("BOOKSHELF_HOST"), DEFAULT_HOST),
                lookup.integer("BOOKSHELF_PORT", DEFAULT_PORT),
                store == null ? Store.MARIADB : Store.parse(store),
                DatabaseSettings.from(properties, environment),
                Duration.ofSeconds(lookup.integer("BOOKSHELF_SHUTDOWN_GRACE_SECONDS", 30)),
                lookup.uri("BOOKSHELF_PUBLIC_URL"));
    }

    public BookshelfSettings withHost(String newHost) {
        return new BookshelfSettings(newHost, port, store, database, shutdownGrace, publicUrl);
    }

    public BookshelfSettings withPort(int newPort) {
        return new BookshelfSettings(host, newPort, store, database, shutdownGrace, publicUrl);
    }

    public BookshelfSettings withStore(Store newStore) {
        return new BookshelfSettings(host, port, newStore, database, shutdownGrace, publicUrl);
    }

    public BookshelfSettings withDatabase(DatabaseSettings newDatabase) {
        return new BookshelfSettings(host, port, store, newDatabase, shutdownGrace, publicUrl);
    }

    public BookshelfSettings withShutdownGrace(Duration newShutdownGrace) {
        return new BookshelfSettings(host, port, store, database, newShutdownGrace, publicUrl);
    }

    public BookshelfSettings withPublicUrl(URI newPublicUrl) {
        return new BookshelfSettings(host, port, store, database, shutdownGrace, newPublicUrl);
    }

    /** Where the catalogue is kept, in words for the start-up line. */
    public String describeStore() {
        if (store == Store.MEMORY) {
            return "in memory only";
        }
        return database.isExternal()
                ? "MariaDB at " + database.url()
                : "embedded MariaDB, data in " + database.dataDir();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "BookshelfSettings[host=" + host + ", port=" + port + ", store=" + store.label() + ", database=" + database
                + ", shutdownGrace=" + shutdownGrace + ", publicUrl=" + publicUrl + "]";
    }

    private record Lookup(Map<String, String> environment, Properties properties) {

        /** The system property ({@code bookshelf.db.url}) if given, else the variable ({@code BOOKSHELF_DB_URL}). */
        String get(String variable) {
            String property = properties.getProperty(variable.toLowerCase(Locale.ROOT).replace('_', '.'));
            String value = property != null && !property.isBlank() ? property : environment.get(variable);
            return value == null || value.isBlank() ? null : value.strip();
        }

        URI uri(String variable) {
            String value = get(variable);
            if (value == null) {
                return null;
            }
            try {
                return new URI(value);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(variable + " must be a URL such as https://books.example.org, was "
                        + value);
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
