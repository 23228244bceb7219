package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.SqlStatementRecorder;
import org.bookshelf.adapter.persistence.SqlStatementRecorder.Recorded;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.RegisterBookUseCase.RegisterBookCommand;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase.ReplaceAuthorsCommand;
import org.bookshelf.application.port.in.UpdateBookUseCase.UpdateBookCommand;
import org.bookshelf.application.service.BookshelfUseCases;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

/**
 * No N+1: the statements sent to read books with their authors do not grow with the number of books;
 * and what each write sends. Counts every SQL statement MyBatis executes (transaction control is not a
 * statement here). The measured tables are printed; docs/persistence.md records them.
 */
class StatementCountTest {

    private static final int AUTHORS_PER_BOOK = 3;
    private static final List<Integer> BOOK_COUNTS = List.of(1, 20, 100);

    @Test
    void reading_books_with_their_authors_takes_the_same_two_statements_for_1_20_or_100_books() {
        Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        for (int n : BOOK_COUNTS) {
            EmbeddedTestDatabase.emptyAllTables();
            DrivenPorts ports = EmbeddedTestDatabase.drivenPorts();
            BookshelfUseCases useCases = new BookshelfUseCases(ports);
            List<AuthorId> authors = java.util.stream.IntStream.range(0, AUTHORS_PER_BOOK)
                    .mapToObj(i -> useCases.registerAuthor().registerAuthor(new AuthorName("Author " + i)).id())
                    .toList();
            AuthorId everyBooksAuthor = authors.get(1);
            BookId someBook = null;
            for (int i = 0; i < n; i++) {
                someBook = useCases.registerBook().registerBook(new RegisterBookCommand(
                        new Title("Book " + i), null, null, Authorship.of(authors))).id();
            }
            BookId oneBook = someBook;

            Recorded<List<BookView>> page = SqlStatementRecorder.record(
                    () -> ports.queryBooks().findBooks(BookFilter.all(), null, n));
            Recorded<List<BookView>> ofAuthor = SqlStatementRecorder.record(
                    () -> ports.queryBooks().findBooks(BookFilter.creditedTo(everyBooksAuthor), null, n));
            Recorded<BookView> single = SqlStatementRecorder.record(
                    () -> ports.queryBooks().findBook(oneBook).orElseThrow());
            Recorded<Page<BookView>> pageUseCase = SqlStatementRecorder.record(
                    () -> useCases.findBooks().findBooks(BookFilter.all(), PageRequest.first(n)));
            Recorded<Page<BookView>> ofAuthorUseCase = SqlStatementRecorder.record(
                    () -> useCases.listBooksOfAuthor().listBooksOfAuthor(everyBooksAuthor, PageRequest.first(n)));
            Recorded<BookView> singleUseCase = SqlStatementRecorder.record(() -> useCases.getBook().getBook(oneBook));

            for (List<BookView> books : List.of(page.result(), ofAuthor.result(), pageUseCase.result().items(),
                    ofAuthorUseCase.result().items())) {
                assertThat(books).hasSize(n).allSatisfy(book -> assertThat(book.authors()).hasSize(AUTHORS_PER_BOOK));
            }
            assertThat(single.result().authors()).hasSize(AUTHORS_PER_BOOK);
            counts.computeIfAbsent("page of N books (port)", k -> new LinkedHashMap<>()).put(n, page.statements().size());
            counts.computeIfAbsent("books of an author (port)", k -> new LinkedHashMap<>()).put(n, ofAuthor.statements().size());
            counts.computeIfAbsent("single book (port)", k -> new LinkedHashMap<>()).put(n, single.statements().size());
            counts.computeIfAbsent("FindBooks use case", k -> new LinkedHashMap<>()).put(n, pageUseCase.statements().size());
            counts.computeIfAbsent("ListBooksOfAuthor use case", k -> new LinkedHashMap<>())
                    .put(n, ofAuthorUseCase.statements().size());
            counts.computeIfAbsent("GetBook use case", k -> new LinkedHashMap<>()).put(n, singleUseCase.statements().size());
        }

        System.out.println(table(counts));
        assertThat(counts.get("page of N books (port)").values()).containsOnly(2);
        assertThat(counts.get("books of an author (port)").values()).containsOnly(2);
        assertThat(counts.get("single book (port)").values()).containsOnly(2);
        assertThat(counts.get("FindBooks use case").values()).containsOnly(2);
        assertThat(counts.get("GetBook use case").values()).containsOnly(2);
        assertThat(counts.get("ListBooksOfAuthor use case").values())
                .as("the author's existence is checked first, then the same two statements").containsOnly(3);
    }

    @Test
    void each_write_takes_a_fixed_number_of_statements() {
        EmbeddedTestDatabase.emptyAllTables();
        BookshelfUseCases useCases = new BookshelfUseCases(EmbeddedTestDatabase.drivenPorts());
        AuthorId a = registerAuthor(useCases, "A");
        AuthorId b = registerAuthor(useCases, "B");
        AuthorId c = registerAuthor(useCases, "C");
        AuthorId leaving = registerAuthor(useCases, "Leaving");
        Map<String, Integer> counts = new LinkedHashMap<>();

        Recorded<BookView> register = SqlStatementRecorder.record(() -> useCases.registerBook().registerBook(
                new RegisterBookCommand(new Title("Book"), null, null, Authorship.of(List.of(a, b)))));
        BookId book = register.result().id();
        counts.put("register a book with 2 authors", register.statements().size());
        counts.put("credit an author", SqlStatementRecorder.record(
                () -> useCases.creditAuthor().creditAuthor(book, c)).statements().size());
        counts.put("credit an author already credited", SqlStatementRecorder.record(
                () -> useCases.creditAuthor().creditAuthor(book, c)).statements().size());
        counts.put("remove a credit", SqlStatementRecorder.record(
                () -> useCases.removeCredit().removeCredit(book, c)).statements().size());
        counts.put("replace the authors (swap 2)", SqlStatementRecorder.record(
                () -> useCases.replaceAuthors().replaceAuthors(
                        new ReplaceAuthorsCommand(book, Authorship.of(List.of(b, a)), null))).statements().size());
        counts.put("update the title", SqlStatementRecorder.record(() -> useCases.updateBook().updateBook(
                new UpdateBookCommand(book, new Title("Renamed"), null, null, null))).statements().size());
        BookRevision lastRead = useCases.getBook().getBook(book).revision();
        counts.put("update the title, expecting the revision last read", SqlStatementRecorder.record(
                () -> useCases.updateBook().updateBook(new UpdateBookCommand(book, new Title("Renamed again"), null,
                        null, lastRead))).statements().size());
        for (int i = 0; i < 3; i++) {
            useCases.registerBook().registerBook(new RegisterBookCommand(new Title("Crediting " + i), null, null,
                    Authorship.of(List.of(a, leaving))));
        }
        counts.put("delete an author, unlinking it from 3 books", SqlStatementRecorder.record(() -> {
            useCases.deleteAuthor().deleteAuthor(leaving, true);
            return null;
        }).statements().size());
        counts.put("delete a book", SqlStatementRecorder.record(() -> {
            useCases.deleteBook().deleteBook(book);
            return null;
        }).statements().size());

        System.out.println("Statements per write (use case, reading the result back included):\n| write | statements |\n|---|---|\n"
                + counts.entrySet().stream().map(entry -> "| " + entry.getKey() + " | " + entry.getValue() + " |")
                        .collect(Collectors.joining("\n")));
        assertThat(counts).containsExactly(
                Map.entry("register a book with 2 authors", 6),
                Map.entry("credit an author", 7),
                Map.entry("credit an author already credited", 5),
                Map.entry("remove a credit", 5),
                Map.entry("replace the authors (swap 2)", 8),
                Map.entry("update the title", 5),
                Map.entry("update the title, expecting the revision last read", 7),
                Map.entry("delete an author, unlinking it from 3 books", 10),
                Map.entry("delete a book", 3));
    }

    private static AuthorId registerAuthor(BookshelfUseCases useCases, String name) {
        return useCases.registerAuthor().registerAuthor(new AuthorName(name)).id();
    }

    private static String table(Map<String, Map<Integer, Integer>> counts) {
        String header = "| read | " + BOOK_COUNTS.stream().map(n -> "N = " + n).collect(Collectors.joining(" | ")) + " |";
        String rule = "|---|" + "---|".repeat(BOOK_COUNTS.size());
        String rows = counts.entrySet().stream()
                .map(entry -> "| " + entry.getKey() + " | " + entry.getValue().values().stream().map(String::valueOf)
                        .collect(Collectors.joining(" | ")) + " |")
                .collect(Collectors.joining("\n"));
        return "Statements per read, " + AUTHORS_PER_BOOK + " authors per book:\n" + header + "\n" + rule + "\n" + rows;
    }
}
