package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bookshelf.adapter.persistence.mariadb.DatabaseSettings;
import org.bookshelf.adapter.persistence.mybatis.MariaDbStore;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code reindex} on the command line, on an embedded data directory that no service holds: books whose search
 * words were lost (as after a load behind the service's back) are found again, and it says what it did.
 */
class ReindexCommandTest {

    private static final Path DATA_DIR =
            Path.of("target", "reindex-command-test").toAbsolutePath();
    private static final BookshelfSettings SETTINGS =
            BookshelfSettings.defaults().withDatabase(DatabaseSettings.embedded(DATA_DIR));

    @Test
    void makes_books_without_search_words_searchable_again() throws IOException {
        CommandRun.deleteDirectory(DATA_DIR);
        try (MariaDbStore store = MariaDbStore.open(SETTINGS.database(), new SimpleMeterRegistry())) {
            BookshelfUseCases useCases = new BookshelfUseCases(store.drivenPorts());
            for (String title : List.of("A Lantern in Kyoto", "Lanterns of Autumn", "The Hidden Garden")) {
                useCases.registerBook()
                        .registerBook(new RegisterBookCommand(new Title(title), null, null, Authorship.of(List.of())));
            }
            new JdbcTemplate(store.dataSource()).execute("DELETE FROM title_words");
            assertThat(titlesFound(useCases, "lantern")).isEmpty();
        }

        CommandRun run = reindex();

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("{\"books\":3,\"seconds\":");
        assertThat(run.err())
                .contains("Books done; writing the authors' words and building the search indexes")
                .contains("Reindexed 3 books in");
        try (CommandLineStore store = CommandLineStore.open(SETTINGS.database())) {
            assertThat(titlesFound(store.useCases(), "lantern"))
                    .containsExactly("A Lantern in Kyoto", "Lanterns of Autumn");
        }
    }

    @Test
    void takes_no_argument() {
        CommandRun run = reindex("--all");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("usage: java -jar bookshelf.jar reindex");
    }

    private static List<String> titlesFound(BookshelfUseCases useCases, String search) {
        return useCases
                .findBooks()
                .findBooks(new BookFilter(null, SearchQuery.parse(search), null), new PageRequest(20, null))
                .items()
                .stream()
                .map(BookView::title)
                .map(Title::value)
                .toList();
    }

    private static CommandRun reindex(String... arguments) {
        return CommandRun.of((out, err) -> new ReindexCommand(SETTINGS, out, err, false).run(List.of(arguments)));
    }
}
