package org.bookshelf.adapter.persistence.mariadb;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where the catalogue's database is: an external MariaDB when {@code BOOKSHELF_DB_URL} is set,
 * otherwise an embedded one with its data in {@code BOOKSHELF_DATA_DIR}.
 *
 * <p>Each setting is read from the system property of the same name in lower case with dots
 * ({@code bookshelf.db.url}), or else from the environment variable ({@code BOOKSHELF_DB_URL}).
 *
 * @param url      JDBC URL of an external MariaDB, or {@code null} to run the embedded one
 * @param user     user for the external database ({@code null} when embedded)
 * @param password password for the external database ({@code null} when embedded or none)
 * @param dataDir  data directory of the embedded database, absolute; unused when {@code url} is set
 */
public record DatabaseSettings(String url, String user, String password, Path dataDir) {

    public static final String URL = "BOOKSHELF_DB_URL";
    public static final String USER = "BOOKSHELF_DB_USER";
    public static final String PASSWORD = "BOOKSHELF_DB_PASSWORD";
    public static final String DATA_DIR = "BOOKSHELF_DATA_DIR";

    /** The embedded database's data directory when none is configured: {@code ./data}. */
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    public DatabaseSettings {
        url = blankToNull(url);
        user = blankToNull(user);
        dataDir = (dataDir == null ? DEFAULT_DATA_DIR : dataDir).toAbsolutePath().normalize();
    }

    /** The settings of this process: system properties first, then environment variables. */
    public static DatabaseSettings fromEnvironment() {
        return from(System.getProperties(), System.getenv());
    }

    /** The settings found in {@code properties} (lower case, dotted names) or else in {@code environment}. */
    public static DatabaseSettings from(Properties properties, Map<String, String> environment) {
        String dataDir = lookUp(DATA_DIR, properties, environment);
        return new DatabaseSettings(lookUp(URL, properties, environment), lookUp(USER, properties, environment),
                lookUp(PASSWORD, properties, environment), dataDir == null ? null : Path.of(dataDir));
    }

    /** The embedded database with its data in {@code dataDir}. */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(null, null, null, dataDir);
    }

    /** Whether an external database is configured, so that nothing is embedded. */
    public boolean isExternal() {
        return url != null;
    }

    /** {@code BOOKSHELF_DB_URL} as a system property name: {@code bookshelf.db.url}. */
    static String propertyName(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private static String lookUp(String variable, Properties properties, Map<String, String> environment) {
        String fromProperty = blankToNull(properties.getProperty(propertyName(variable)));
        return fromProperty != null ? fromProperty : blankToNull(environment.get(variable));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return isExternal()
                ? "DatabaseSettings[external " + url + " as " + user + "]"
                : "DatabaseSettings[embedded in " + dataDir + "]";
    }
}
