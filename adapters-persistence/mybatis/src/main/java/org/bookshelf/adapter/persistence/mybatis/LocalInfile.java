package org.bookshelf.adapter.persistence.mybatis;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Runs {@code LOAD DATA LOCAL INFILE} statements whose file is rows held in memory, sent by Connector/J
 * ({@code org.mariadb.jdbc.Statement#setLocalInfileInputStream}) on the connection of the unit of work in
 * progress; the pools allow it ({@code allowLocalInfile}). Plain JDBC rather than a mapper, because the rows
 * travel on the statement object: the statement text is fixed and takes no parameters.
 *
 * <p>With {@code LOCAL}, MariaDB does not fail on a row that breaks a unique or a foreign key: it skips the row
 * with a warning, as {@code IGNORE} does. Callers compare the rows stored, which {@link #load} answers, with
 * the rows sent.
 */
final class LocalInfile {

    private final DataSource dataSource;
    // By the JDBC exception's type: an error-code translator would read an XML file of codes at start-up.
    private final SQLExceptionTranslator translator;

    /** @param dataSource the data source whose transaction the statements join */
    LocalInfile(DataSource dataSource) {
        this.dataSource = dataSource;
        this.translator = new SQLExceptionSubclassTranslator();
    }

    /**
     * Runs {@code loadData}, a {@code LOAD DATA LOCAL INFILE} statement, on each batch of {@code rows}; answers the
     * rows stored.
     */
    long load(String loadData, TabSeparatedRows rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return load(connection, loadData, rows);
        } catch (SQLException e) {
            DataAccessException translated = translator.translate("LOAD DATA LOCAL INFILE", loadData, e);
            throw translated != null
                    ? translated
                    : new UncategorizedSQLException("LOAD DATA LOCAL INFILE", loadData, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Runs {@code loadData} on each batch of {@code rows} on {@code connection}; answers the rows stored. */
    static long load(Connection connection, String loadData, TabSeparatedRows rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long stored = 0;
            for (InputStream batch : rows.batches()) {
                statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(batch);
                stored += statement.executeLargeUpdate(loadData);
            }
            return stored;
        }
    }
}
