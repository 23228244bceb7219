package org.bookshelf.adapter.persistence.mariadb;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Replicas of the external primary that reads may run on: {@code BOOKSHELF_DB_REPLICA_URLS}, comma-separated
 * JDBC URLs; {@code BOOKSHELF_DB_REPLICA_USER} and {@code BOOKSHELF_DB_REPLICA_PASSWORD} when they differ from
 * the primary's; {@code BOOKSHELF_REPLICA_MAX_LAG_SECONDS}, how far behind the primary a replica may be and
 * still be read from (default 2). Read by {@link DatabaseSettings}.
 *
 * @param urls     the replicas' JDBC URLs; empty for none
 * @param user     the user on the replicas, or {@code null} for the primary's
 * @param password the password on the replicas, or {@code null} for the primary's
 * @param maxLag   how far behind the primary a replica read from may be
 */
public record ReplicaSettings(List<String> urls, String user, String password, Duration maxLag) {

    public static final String URLS = "BOOKSHELF_DB_REPLICA_URLS";
    public static final String USER = "BOOKSHELF_DB_REPLICA_USER";
    public static final String PASSWORD = "BOOKSHELF_DB_REPLICA_PASSWORD";
    public static final String MAX_LAG_SECONDS = "BOOKSHELF_REPLICA_MAX_LAG_SECONDS";

    public static final Duration DEFAULT_MAX_LAG = Duration.ofSeconds(2);

    /** No replicas: every read on the primary. */
    public static final ReplicaSettings NONE = new ReplicaSettings(List.of(), null, null, DEFAULT_MAX_LAG);

    public ReplicaSettings {
        urls = List.copyOf(urls);
        Objects.requireNonNull(maxLag, "maxLag");
        if (maxLag.isNegative()) {
            throw new IllegalArgumentException(MAX_LAG_SECONDS + " must not be negative, was " + maxLag.toSeconds());
        }
        for (String url : urls) {
            if (!url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
                throw new IllegalArgumentException(URLS + " must list JDBC URLs such as"
                        + " jdbc:mariadb://replica1:3306/bookshelf, separated by commas; one was "
                        + DatabaseSettings.redacted(url));
            }
        }
    }

    /**
     * The settings given as text: {@code urls} comma-separated (blanks around them ignored), {@code maxLagSeconds}
     * a number of seconds ({@code null} for the default).
     *
     * @throws IllegalArgumentException naming the setting that is malformed
     */
    static ReplicaSettings parse(String urls, String user, String password, String maxLagSeconds) {
        List<String> list = urls == null
                ? List.of()
                : Arrays.stream(urls.split(","))
                        .map(String::strip)
                        .filter(url -> !url.isEmpty())
                        .toList();
        return new ReplicaSettings(
                list,
                user,
                password,
                maxLagSeconds == null ? DEFAULT_MAX_LAG : seconds(MAX_LAG_SECONDS, maxLagSeconds));
    }

    /**
     * The duration {@code value} gives in seconds, to the millisecond.
     *
     * @throws IllegalArgumentException naming {@code setting}, when {@code value} is no such number
     */
    static Duration seconds(String setting, String value) {
        try {
            return Duration.ofMillis(new BigDecimal(value).movePointRight(3).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(setting + " must be a number of seconds such as 2 or 0.5, was " + value);
        }
    }

    /** Whether any replica is configured. */
    public boolean any() {
        return !urls.isEmpty();
    }

    /** Never shows a password. */
    @Override
    public String toString() {
        return "ReplicaSettings["
                + urls.stream().map(DatabaseSettings::redacted).toList() + (user == null ? "" : " as " + user)
                + ", maxLag=" + maxLag + "]";
    }
}
