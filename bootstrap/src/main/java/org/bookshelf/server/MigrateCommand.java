package org.bookshelf.server;

import java.io.PrintStream;
import java.util.List;
import org.bookshelf.adapter.persistence.mariadb.RunningEmbeddedMariaDb;
import org.bookshelf.adapter.persistence.mybatis.MariaDbStore;
import org.bookshelf.adapter.persistence.mybatis.MariaDbStore.SchemaMigrated;
import org.bookshelf.server.BookshelfSettings.Store;

/**
 * {@code java -jar bookshelf.jar migrate}: brings the configured database's schema to this build's version, once,
 * for services that only check it ({@code BOOKSHELF_DB_MIGRATE=check}, the default on a Galera cluster). Safe to
 * run while services run and from several places at once: one migrates, the others wait and find nothing to do. A
 * migration that failed runs again. The last line of standard output is {@code {"applied":[…],"version":"…"}}.
 * Exit status: 0 done, 1 when the database cannot be opened or a migration fails, 2 for usage.
 */
final class MigrateCommand {

    static final String USAGE = """
            usage: java -jar bookshelf.jar migrate
              Migrates the configured database's schema to this version's; services may run meanwhile.""";

    private final BookshelfSettings settings;
    private final PrintStream out;
    private final PrintStream err;

    MigrateCommand(BookshelfSettings settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    int run(List<String> arguments) {
        if (!arguments.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        if (settings.store() == Store.MEMORY) {
            err.println("bookshelf migrate: BOOKSHELF_STORE=memory has no schema; nothing to do");
            return 2;
        }
        try {
            SchemaMigrated migrated = MariaDbStore.migrate(RunningEmbeddedMariaDb.reachable(settings.database()));
            err.println(
                    migrated.applied().isEmpty()
                            ? "The schema is at version " + migrated.version() + " already; nothing to migrate"
                            : "Applied migrations " + String.join(", ", migrated.applied())
                                    + "; the schema is at version " + migrated.version());
            out.println("{\"applied\":["
                    + String.join(
                            ",",
                            migrated.applied().stream()
                                    .map(version -> "\"" + version + "\"")
                                    .toList())
                    + "],\"version\":\"" + migrated.version() + "\"}");
            return 0;
        } catch (RuntimeException e) {
            err.println("bookshelf migrate: " + CommandLineStore.describe(e)
                    + ". Fix the cause and run migrate again: a migration that failed runs again.");
            return 1;
        }
    }
}
