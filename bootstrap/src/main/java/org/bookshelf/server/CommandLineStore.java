package org.bookshelf.server;

import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.mariadb.BookshelfDatabase;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mybatis.MyBatisPersistenceConfiguration;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The catalogue's store for a command run from the command line: the MariaDB the settings name (the
 * embedded one on its data directory, refused while a service holds it, or {@code BOOKSHELF_DB_URL}), its
 * schema migrated as the service migrates it, with the use cases on the MyBatis adapter. Close it when done.
 */
final class CommandLineStore implements AutoCloseable {

    private final BookshelfDatabase database;
    private final AnnotationConfigApplicationContext context;
    private final DrivenPorts drivenPorts;
    private final BookshelfUseCases useCases;

    private CommandLineStore(BookshelfDatabase database, AnnotationConfigApplicationContext context) {
        this.database = database;
        this.context = context;
        this.drivenPorts = context.getBean(DrivenPorts.class);
        this.useCases = new BookshelfUseCases(drivenPorts);
    }

    /**
     * @throws RuntimeException when the database cannot be opened (the data directory in use by a running
     *                          service, an external database that does not answer); nothing is left running
     */
    static CommandLineStore open(DatabaseSettings settings) {
        BookshelfDatabase database = BookshelfDatabase.open(settings);
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        try {
            context.registerBean(DataSource.class, database::dataSource);
            context.register(MyBatisPersistenceConfiguration.class);
            context.refresh();
            return new CommandLineStore(database, context);
        } catch (RuntimeException | Error e) {
            context.close();
            database.close();
            throw e;
        }
    }

    /** What went wrong, in the words of the failure itself (which names the data directory, the database, the file). */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return failure.toString();
    }

    DrivenPorts drivenPorts() {
        return drivenPorts;
    }

    BookshelfUseCases useCases() {
        return useCases;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            database.close();
        }
    }
}
