package org.bookshelf.server;

import java.util.List;
import org.bookshelf.adapter.persistence.mybatis.MariaDbStore;
import org.bookshelf.adapter.web.ReadinessCheck;

/**
 * {@code migrations}: every schema migration this build holds has been applied to the database. The
 * service migrates at start, so this fails only when the database was swapped or restored under it.
 */
final class SchemaMigratedCheck implements ReadinessCheck {

    private final MariaDbStore store;

    SchemaMigratedCheck(MariaDbStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "migrations";
    }

    @Override
    public void check() {
        List<String> pending = store.pendingMigrations();
        if (!pending.isEmpty()) {
            throw new IllegalStateException("schema migrations not applied: " + String.join(", ", pending));
        }
    }
}
