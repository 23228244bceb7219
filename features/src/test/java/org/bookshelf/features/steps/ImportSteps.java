package org.bookshelf.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bookshelf.features.driver.AuthorDetails;
import org.bookshelf.features.driver.AuthorRef;
import org.bookshelf.features.driver.AuthorSearch;
import org.bookshelf.features.driver.BookDetails;
import org.bookshelf.features.driver.BookSearch;
import org.bookshelf.features.driver.ImportReport;
import org.bookshelf.features.driver.ImportReport.RefusedLine;
import org.bookshelf.features.driver.Listing;
import org.bookshelf.features.driver.Paging;

/** Importing many books at once from a file, and exporting them. */
public class ImportSteps {

    /** Goodreads' header line; a feature gives the columns an import reads, the others stay empty. */
    private static final List<String> GOODREADS_COLUMNS = List.of(
            "Book Id",
            "Title",
            "Author",
            "Author l-f",
            "Additional Authors",
            "ISBN",
            "ISBN13",
            "My Rating",
            "Average Rating",
            "Publisher",
            "Binding",
            "Number of Pages",
            "Year Published",
            "Original Publication Year",
            "Date Read",
            "Date Added",
            "Bookshelves",
            "Bookshelves with positions",
            "Exclusive Shelf",
            "My Review",
            "Spoiler",
            "Private Notes",
            "Read Count",
            "Owned Copies");

    private final CatalogueWorld world;
    private String format;
    private String content;
    private ImportReport report;

    public ImportSteps(CatalogueWorld world) {
        this.world = world;
    }

    @Given("two authors named {string}")
    public void twoAuthorsNamed(String name) {
        AuthorDetails first = world.catalogue().registerAuthor(name);
        world.catalogue().registerAuthor(name);
        world.remember(first, name);
    }

    @When("I import the Goodreads export:")
    public void iImportTheGoodreadsExport(DataTable rows) {
        String header = String.join(",", GOODREADS_COLUMNS);
        String lines = rows.asMaps().stream()
                .map(row -> GOODREADS_COLUMNS.stream()
                        .map(column -> csv(Objects.requireNonNullElse(row.get(column), "")))
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n"));
        importFile("goodreads", header + "\r\n" + lines + "\r\n");
    }

    @When("I import the JSON Lines:")
    public void iImportTheJsonLines(String lines) {
        importFile("jsonl", lines + "\n");
    }

    @When("I import the same file again")
    public void iImportTheSameFileAgain() {
        importFile(format, content);
    }

    @When("I import the catalogue's own export")
    public void iImportTheCataloguesOwnExport() {
        importFile("jsonl", world.catalogue().export());
    }

    @Then("the import read {long} row(s): {long} book(s) registered, {long} already present and {long} refused")
    public void theImportRead(long rows, long registered, long alreadyPresent, long refused) {
        assertThat(List.of(report.rows(), report.booksRegistered(), report.alreadyPresent(), report.refused()))
                .as("rows read, books registered, already present, refused")
                .containsExactly(rows, registered, alreadyPresent, refused);
    }

    @Then("it registered {long} author(s) and {long} credit(s)")
    public void itRegisteredAuthorsAndCredits(long authors, long credits) {
        assertThat(List.of(report.authorsRegistered(), report.credits()))
                .as("authors and credits registered")
                .containsExactly(authors, credits);
    }

    @Then("it refused line {long}: {string}")
    public void itRefusedLine(long line, String reason) {
        assertThat(report.refusals()).as("the lines refused").contains(new RefusedLine(line, reason));
    }

    @Then("it refused line {long}, which is not JSON")
    public void itRefusedLineWhichIsNotJson(long line) {
        assertThat(report.refusals()).as("the lines refused").anySatisfy(refused -> {
            assertThat(refused.line()).isEqualTo(line);
            assertThat(refused.reason()).startsWith("the line is not JSON");
        });
    }

    @Then("the catalogue holds no author named {string}")
    public void theCatalogueHoldsNoAuthorNamed(String name) {
        assertThat(world.catalogue()
                        .findAuthors(AuthorSearch.named(name), Paging.firstPage())
                        .items())
                .isEmpty();
    }

    @Then("the book {string} credits the first author named {string}")
    public void theBookCreditsTheFirstAuthorNamed(String title, String name) {
        assertThat(world.catalogue().authorsOf(world.bookId(title)))
                .extracting(AuthorRef::id)
                .containsExactly(world.authorId(name));
    }

    @Then("the export holds {int} line(s), each a book as the catalogue shows it")
    public void theExportHoldsLines(int count) {
        List<String> lines = world.catalogue().export().lines().toList();
        assertThat(lines).hasSize(count);
        for (BookDetails book : allBooks()) {
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line)
                            .contains("\"id\":" + book.id() + ",")
                            .contains("\"title\":\"" + book.title() + "\""));
        }
    }

    private void importFile(String fileFormat, String fileContent) {
        format = fileFormat;
        content = fileContent;
        report = world.catalogue().importBooks(fileFormat, fileContent);
        allBooks().forEach(book -> world.remember(book, book.title()));
    }

    private List<BookDetails> allBooks() {
        Paging paging = new Paging(100, null);
        Listing<BookDetails> page = world.catalogue().findBooks(BookSearch.all(), paging);
        Stream.Builder<BookDetails> books = Stream.builder();
        while (true) {
            page.items().forEach(books::add);
            if (page.nextMarker() == null) {
                return books.build().toList();
            }
            page = world.catalogue().findBooks(BookSearch.all(), paging.continuingFrom(page.nextMarker()));
        }
    }

    /** A CSV value, quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}
