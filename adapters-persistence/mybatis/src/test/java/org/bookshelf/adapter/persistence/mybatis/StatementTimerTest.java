package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Every mapper statement the use cases run on MariaDB is timed, by statement and outcome. */
class StatementTimerTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private AnnotationConfigApplicationContext context;
    private BookshelfUseCases useCases;

    @BeforeEach
    void adapterWithTheTimer() {
        EmbeddedTestDatabase.emptyAllTables();
        context = new AnnotationConfigApplicationContext();
        // The shared test database outlives this context: no destroy method.
        context.registerBean(
                DataSource.class, EmbeddedTestDatabase::dataSource, definition -> definition.setDestroyMethodName(""));
        context.registerBean(StatementTimer.class, () -> new StatementTimer(registry));
        context.register(MyBatisPersistenceConfiguration.class);
        context.refresh();
        useCases = new BookshelfUseCases(context.getBean(DrivenPorts.class));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void each_statement_is_timed_under_its_mapper_and_name_once_per_execution() {
        useCases.findAuthors().findAuthors(AuthorFilter.all(), PageRequest.first(5));
        useCases.findAuthors().findAuthors(AuthorFilter.all(), PageRequest.first(5));
        useCases.countCatalogue().countCatalogue();

        assertThat(timer("AuthorMapper.findPage", "success").count()).isEqualTo(2);
        assertThat(timer("CatalogueMapper.count", "success").count()).isEqualTo(1);
        assertThat(timer("CatalogueMapper.count", "success").totalTime(TimeUnit.NANOSECONDS))
                .isPositive();
    }

    @Test
    void a_statement_the_database_refuses_is_timed_as_an_error() {
        Isbn isbn = Isbn.parse("9780306406157");
        useCases.registerBook()
                .registerBook(new RegisterBookCommand(new Title("First"), isbn, null, Authorship.none()));

        assertThatThrownBy(() -> useCases.registerBook()
                        .registerBook(new RegisterBookCommand(new Title("Second"), isbn, null, Authorship.none())))
                .isInstanceOf(DuplicateIsbnException.class);

        assertThat(timer("BookMapper.insert", "success").count()).isEqualTo(1);
        assertThat(timer("BookMapper.insert", "error").count()).isEqualTo(1);
    }

    private Timer timer(String statement, String outcome) {
        Timer timer = registry.find(StatementTimer.METRIC)
                .tag("statement", statement)
                .tag("outcome", outcome)
                .timer();
        assertThat(timer)
                .as("the timer of %s, %s, among %s", statement, outcome, registry.getMetersAsString())
                .isNotNull();
        return timer;
    }
}
