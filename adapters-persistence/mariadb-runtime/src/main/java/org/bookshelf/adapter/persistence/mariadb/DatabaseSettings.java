package org.bookshelf.adapter.persistence.mariadb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where the catalogue's database is: an external MariaDB when {@code BOOKSHELF_DB_URL} is set,
 * otherwise an embedded one with its data in {@code BOOKSHELF_DATA_DIR}.
 *
 * <p>Each setting is read from the system property of the same name in lower case with dots
 * ({@code bookshelf.db.url}), or else from the environment variable ({@code BOOKSHELF_DB_URL}). The
 * external database's password is given either as {@code BOOKSHELF_DB_PASSWORD} or, kept out of the
 * environment, as the content of the file {@code BOOKSHELF_DB_PASSWORD_FILE} names (a trailing line
 * break dropped); giving both is refused rather than one silently ignored.
 *
 * <p>Nothing here shows a password: {@link #toString()} and {@link #redactedUrl()} hide the one a URL
 * may carry ({@code password=...}, {@code user:password@}).
 *
 * @param url      JDBC URL of an external MariaDB, or {@code null} to run the embedded one
 * @param user     user for the external database ({@code null} when embedded)
 * @param password password for the external database ({@code null} when embedded or none)
 * @param dataDir  data directory of the embedded database, absolute; unused when {@code url} is set
 * @param replicas replicas of the external database to read from ({@link ReplicaSettings}); none when embedded
 * @param migration how a starting service makes sure of the schema ({@link MigrationSettings})
 */
public record DatabaseSettings(
        String url, String user, String password, Path dataDir, ReplicaSettings replicas, MigrationSettings migration) {

    public static final String URL = "BOOKSHELF_DB_URL";
    public static final String USER = "BOOKSHELF_DB_USER";
    public static final String PASSWORD = "BOOKSHELF_DB_PASSWORD";
    public static final String PASSWORD_FILE = "BOOKSHELF_DB_PASSWORD_FILE";
    public static final String DATA_DIR = "BOOKSHELF_DATA_DIR";

    /** The embedded database's data directory when none is configured: {@code ./data}. */
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    private static final String HIDDEN = "***";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;][a-z]*password=)[^&;#]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/?#@:]*:)[^/?#@]*@");
    private static final Pattern TRAILING_LINE_BREAK = Pattern.compile("\\r?\\n\\z");

    public DatabaseSettings {
        url = blankToNull(url);
        user = blankToNull(user);
        dataDir =
                (dataDir == null ? DEFAULT_DATA_DIR : dataDir).toAbsolutePath().normalize();
        replicas = replicas == null ? ReplicaSettings.NONE : replicas;
        migration = migration == null ? MigrationSettings.DEFAULT : migration;
        if (url == null && replicas.any()) {
            throw new IllegalArgumentException(ReplicaSettings.URLS + " names replicas of the primary at " + URL
                    + ", which is not set: the embedded database has no replicas");
        }
    }

    /** Settings without replicas. */
    public DatabaseSettings(String url, String user, String password, Path dataDir) {
        this(url, user, password, dataDir, ReplicaSettings.NONE);
    }

    /** Settings that leave the schema's migration to its default. */
    public DatabaseSettings(String url, String user, String password, Path dataDir, ReplicaSettings replicas) {
        this(url, user, password, dataDir, replicas, MigrationSettings.DEFAULT);
    }

    /** The settings of this process: system properties first, then environment variables. */
    public static DatabaseSettings fromEnvironment() {
        return from(System.getProperties(), System.getenv());
    }

    /**
     * The settings found in {@code properties} (lower case, dotted names) or else in {@code environment}.
     *
     * @throws IllegalArgumentException naming the setting, when both a password and a password file are
     *                                  given, or the password file cannot be read
     */
    public static DatabaseSettings from(Properties properties, Map<String, String> environment) {
        String dataDir = lookUp(DATA_DIR, properties, environment);
        return new DatabaseSettings(
                lookUp(URL, properties, environment),
                lookUp(USER, properties, environment),
                password(properties, environment),
                dataDir == null ? null : Path.of(dataDir),
                ReplicaSettings.parse(
                        lookUp(ReplicaSettings.URLS, properties, environment),
                        lookUp(ReplicaSettings.USER, properties, environment),
                        lookUp(ReplicaSettings.PASSWORD, properties, environment),
                        lookUp(ReplicaSettings.MAX_LAG_SECONDS, properties, environment)),
                MigrationSettings.parse(
                        lookUp(MigrationSettings.MODE, properties, environment),
                        lookUp(MigrationSettings.WAIT_SECONDS, properties, environment)));
    }

    private static String password(Properties properties, Map<String, String> environment) {
        String password = lookUp(PASSWORD, properties, environment);
        String passwordFile = lookUp(PASSWORD_FILE, properties, environment);
        if (passwordFile == null) {
            return password;
        }
        if (password != null) {
            throw new IllegalArgumentException("set " + PASSWORD + " or " + PASSWORD_FILE + ", not both");
        }
        try {
            return TRAILING_LINE_BREAK
                    .matcher(Files.readString(Path.of(passwordFile)))
                    .replaceFirst("");
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException(
                    PASSWORD_FILE + " names " + passwordFile + ", which cannot be read (" + e + ")", e);
        }
    }

    /** The embedded database with its data in {@code dataDir}. */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(null, null, null, dataDir);
    }

    /**
     * {@link #url()} with any password in it replaced by {@code ***}: the value of a parameter whose
     * name ends in {@code password} ({@code password}, {@code trustStorePassword}, ...) and the one
     * after {@code user:} before the host. Answers {@code null} when no URL is set.
     */
    public String redactedUrl() {
        return url == null ? null : redacted(url);
    }

    /** {@code jdbcUrl} with any password in it replaced by {@code ***}, as {@link #redactedUrl()}. */
    static String redacted(String jdbcUrl) {
        String parametersHidden = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1" + HIDDEN);
        return USER_INFO_PASSWORD.matcher(parametersHidden).replaceAll("$1" + HIDDEN + "@");
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
                ? "DatabaseSettings[external " + redactedUrl() + " as " + user + (replicas.any() ? ", " + replicas : "")
                        + "]"
                : "DatabaseSettings[embedded in " + dataDir + "]";
    }
}
