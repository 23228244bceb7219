package org.bookshelf.adapter.persistence.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Locks the embedded server's accounts down to exactly these: {@code root} with a password, from the
 * socket and from 127.0.0.1; the application user {@value EmbeddedMariaDb#USER} with a password and
 * every right on the {@value EmbeddedMariaDb#DATABASE} database, none elsewhere; and MariaDB's own
 * locked {@code mariadb.sys}. Anonymous users, {@code root}'s password-less Unix-socket login and the
 * {@code PUBLIC} role's rights on {@code test} databases, which {@code mariadb-install-db} leaves
 * behind, go.
 *
 * <p>Two steps, run on one start: {@link #initFile} sets {@code root}'s password as the server starts
 * ({@code --init-file} runs with every right, whatever the grant tables say, so it also recovers a
 * server whose passwords were lost); then {@link #restrict} does the rest as that {@code root}.
 */
final class ServerAccounts {

    /** The passwords here are generated, letters and digits only: written into SQL, they need no escaping. */
    private static final Pattern GENERATED_PASSWORD = Pattern.compile("[A-Za-z0-9]{16,}");

    private static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1");

    private ServerAccounts() {}

    /** The statements for {@code --init-file}: {@code root} from the socket and from 127.0.0.1, with {@code password} only. */
    static String initFile(String rootPassword) {
        String password = checked(rootPassword);
        StringBuilder sql = new StringBuilder();
        for (String host : LOCAL_HOSTS) {
            String account = "'root'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ")
                    .append(account)
                    .append(";\n")
                    .append("ALTER USER ")
                    .append(account)
                    .append(" IDENTIFIED VIA mysql_native_password USING PASSWORD('")
                    .append(password)
                    .append("');\n")
                    .append("GRANT ALL PRIVILEGES ON *.* TO ")
                    .append(account)
                    .append(" WITH GRANT OPTION;\n");
        }
        return sql.toString();
    }

    /**
     * Drops every account but {@code root}'s and the application user's, takes the {@code PUBLIC} role's
     * rights on databases, and gives the application user {@code applicationPassword} and every right on
     * the catalogue's database, which it creates if missing.
     *
     * @param root a connection as {@code root}
     */
    static void restrict(Connection root, String applicationPassword) throws SQLException {
        String password = checked(applicationPassword);
        try (Statement statement = root.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + EmbeddedMariaDb.DATABASE + "`");
            for (String account : strangers(statement)) {
                statement.execute("DROP USER " + account);
            }
            for (String database : databasesGrantedToPublic(statement)) {
                statement.execute("REVOKE ALL PRIVILEGES ON `" + database.replace("`", "``") + "`.* FROM PUBLIC");
            }
            for (String host : LOCAL_HOSTS) {
                String account = "'" + EmbeddedMariaDb.USER + "'@'" + host + "'";
                statement.execute("CREATE USER IF NOT EXISTS " + account);
                statement.execute("ALTER USER " + account + " IDENTIFIED BY '" + password + "'");
                statement.execute("GRANT ALL PRIVILEGES ON `" + EmbeddedMariaDb.DATABASE + "`.* TO " + account);
            }
        }
    }

    /** Every account that is none of ours, quoted by the server for {@code DROP USER}. */
    private static List<String> strangers(Statement statement) throws SQLException {
        return strings(
                statement,
                "SELECT CONCAT(QUOTE(User), '@', QUOTE(Host)) FROM mysql.user"
                        + " WHERE is_role = 'N'"
                        + " AND NOT (User IN ('root', '" + EmbeddedMariaDb.USER
                        + "') AND Host IN ('localhost', '127.0.0.1'))"
                        + " AND NOT (User = 'mariadb.sys' AND Host = 'localhost')");
    }

    private static List<String> databasesGrantedToPublic(Statement statement) throws SQLException {
        return strings(statement, "SELECT Db FROM mysql.db WHERE User = 'PUBLIC'");
    }

    private static List<String> strings(Statement statement, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String checked(String password) {
        if (!GENERATED_PASSWORD.matcher(password).matches()) {
            throw new IllegalArgumentException("a generated password has letters and digits only");
        }
        return password;
    }
}
