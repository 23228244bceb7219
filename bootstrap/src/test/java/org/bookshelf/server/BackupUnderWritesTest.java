package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bookshelf.adapter.imports.CatalogueFileFormats;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BackupSummary;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CatalogueSize;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backups taken on MariaDB while writers keep creating an author, crediting it on several books and deleting it
 * with its credits: each backup is one instant, so none holds a credit of an author it does not hold, and each
 * one's end line counts its lines.
 */
class BackupUnderWritesTest {

    private static final int WRITERS = 3;
    private static final int BOOKS_PER_WRITER = 4;
    private static final int BACKUPS = 12;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BookshelfUseCases useCases = useCases();

    private static BookshelfUseCases useCases() {
        EmbeddedTestDatabase.emptyAllTables();
        return new BookshelfUseCases(EmbeddedTestDatabase.drivenPorts());
    }

    @Test
    void no_backup_taken_during_writes_holds_a_credit_of_an_author_it_does_not_hold() throws Exception {
        List<List<BookView>> shelves = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            List<BookView> shelf = new ArrayList<>();
            for (int i = 0; i < BOOKS_PER_WRITER; i++) {
                shelf.add(useCases.registerBook()
                        .registerBook(new RegisterBookCommand(
                                new Title("Shelf " + writer + " book " + i), null, null, Authorship.none())));
            }
            shelves.add(shelf);
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<Integer>> rounds = new ArrayList<>();
        try {
            for (List<BookView> shelf : shelves) {
                rounds.add(writers.submit(() -> write(shelf, writing)));
            }
            Set<Long> creditedAtLeastOnce = new HashSet<>();
            for (int i = 0; i < BACKUPS; i++) {
                creditedAtLeastOnce.addAll(checkedBackup());
            }
            writing.set(false);
            for (Future<Integer> round : rounds) {
                assertThat(round.get()).isPositive();
            }
            assertThat(creditedAtLeastOnce)
                    .as("backups that caught writers half way")
                    .isNotEmpty();
        } finally {
            writing.set(false);
            writers.shutdownNow();
        }
    }

    /** Creates an author, credits it on every book of the shelf, deletes it with its credits; again and again. */
    private int write(List<BookView> shelf, AtomicBoolean writing) {
        int rounds = 0;
        while (writing.get()) {
            AuthorView author = useCases.registerAuthor().registerAuthor(new AuthorName("Passing " + rounds));
            for (BookView book : shelf) {
                useCases.creditAuthor().creditAuthor(book.id(), author.id());
            }
            useCases.deleteAuthor().deleteAuthor(author.id(), true);
            rounds++;
        }
        return rounds;
    }

    /** Takes a backup and checks it line by line; answers the authors its books credit. */
    private Set<Long> checkedBackup() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogueSize written = useCases.backupCatalogue().backup(new CatalogueFileFormats().writer(bytes, false));
        List<JsonNode> lines = new String(bytes.toByteArray(), StandardCharsets.UTF_8)
                .lines()
                .map(JSON::readTree)
                .toList();
        Set<Long> authors = new HashSet<>();
        Set<Long> credited = new HashSet<>();
        long books = 0;
        long credits = 0;
        for (JsonNode line : lines) {
            switch (line.get("type").asString()) {
                case "author" -> authors.add(line.get("id").asLong());
                case "book" -> {
                    books++;
                    for (JsonNode author : line.get("author_ids")) {
                        credited.add(author.asLong());
                        credits++;
                    }
                }
                default -> {}
            }
        }
        assertThat(authors).containsAll(credited);
        JsonNode end = lines.get(lines.size() - 1);
        assertThat(new CatalogueSize(
                        end.get("books").asLong(),
                        end.get("authors").asLong(),
                        end.get("credits").asLong()))
                .isEqualTo(new CatalogueSize(books, authors.size(), credits))
                .isEqualTo(written);
        BackupSummary summary = new CatalogueFileFormats()
                .file(() -> new ByteArrayInputStream(bytes.toByteArray()))
                .verify();
        assertThat(summary.size()).isEqualTo(written);
        return credited;
    }
}
