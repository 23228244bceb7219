package org.bookshelf.adapter.persistence.mybatis;

import java.sql.Connection;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 5: fills the search words (created empty by {@code V4__search_words.sql}) for the books and authors
 * stored before, with the words of {@link org.bookshelf.application.search.SearchWords}, which SQL cannot compute.
 * It commits every {@value SearchDataRebuild#ROWS_PER_STEP} books (into tables that were empty without their search
 * indexes, built at the end); stopped half way, it runs again whole.
 */
final class FillSearchWords implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "fill search words";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            SearchDataRebuild rebuild = new SearchDataRebuild(connection, true);
            rebuild.setSearchIndexesAsideWhileEmpty();
            try {
                rebuild.rebuild(books -> {});
            } finally {
                rebuild.restoreSearchIndexes();
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
