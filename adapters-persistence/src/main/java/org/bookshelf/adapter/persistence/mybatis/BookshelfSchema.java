package org.bookshelf.adapter.persistence.mybatis;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The catalogue's tables, versioned by the Flyway migrations in {@code classpath:db/migration}. */
public final class BookshelfSchema {

    private BookshelfSchema() {
    }

    /** Brings the database behind {@code dataSource} to the newest schema version; does nothing when it is there. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
