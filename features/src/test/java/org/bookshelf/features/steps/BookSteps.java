package org.bookshelf.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bookshelf.features.driver.BookChanges;
import org.bookshelf.features.driver.BookCopy;
import org.bookshelf.features.driver.BookDetails;
import org.bookshelf.features.driver.NewBook;

/**
 * Registering, changing, looking up and deleting books.
 *
 * <p>A book's details are written as a two-column table of {@code title}, {@code isbn},
 * {@code published in}, {@code authors} (names separated by commas) and {@code version}; {@code none}
 * stands for an ISBN, year or list of authors the book does not have.
 */
public class BookSteps {

    private static final String NONE = "none";

    private final CatalogueWorld world;
    private BookDetails lastBook;

    public BookSteps(CatalogueWorld world) {
        this.world = world;
    }

    // Setting the scene; authors the scenario has not met yet are registered on the way.

    @Given("the book {string}")
    public void theBook(String title) {
        world.registerBook(title, null, null, List.of());
    }

    @Given("the books {names}")
    public void theBooks(List<String> titles) {
        titles.forEach(this::theBook);
    }

    @Given("the book {string} by {names}")
    public void theBookBy(String title, List<String> authors) {
        world.registerBook(title, null, null, authors);
    }

    @Given("the book {string} by the authors {series}")
    public void theBookByTheAuthors(String title, Series authors) {
        world.registerBook(title, null, null, authors.members());
    }

    @Given("the book {string} with the ISBN {string}")
    public void theBookWithTheIsbn(String title, String isbn) {
        world.registerBook(title, isbn, null, List.of());
    }

    @Given("a book with:")
    public void aBookWith(DataTable details) {
        Map<String, String> fields = details.asMap();
        world.registerBook(
                fields.get("title"),
                optional(fields.get("isbn")),
                year(fields.get("published in")),
                names(fields.get("authors")));
    }

    @Given("the catalogue holds these books:")
    public void theCatalogueHoldsTheseBooks(DataTable books) {
        for (Map<String, String> book : books.asMaps()) {
            world.registerBook(
                    book.get("title"),
                    optional(book.get("isbn")),
                    year(book.get("published in")),
                    names(book.get("authors")));
        }
    }

    @Given("the catalogue holds the books {series}")
    public void theCatalogueHoldsTheBooks(Series titles) {
        titles.members().forEach(this::theBook);
    }

    @Given("{string} wrote the books {series}")
    public void wroteTheBooks(String author, Series titles) {
        titles.members().forEach(title -> world.registerBook(title, null, null, List.of(author)));
    }

    @Given("a book {string} that has since been deleted")
    public void aBookThatHasSinceBeenDeleted(String title) {
        BookDetails book = world.registerBook(title, null, null, List.of());
        world.catalogue().deleteBook(book.id());
    }

    @Given("the title of {string} has been changed to {string}")
    public void theTitleHasBeenChanged(String title, String newTitle) {
        world.remember(
                world.catalogue()
                        .changeBook(world.bookId(title), BookChanges.none().withTitle(newTitle), null),
                newTitle);
    }

    @Given("I have read the book {string}")
    public void iHaveReadTheBook(String title) {
        world.keep(world.catalogue().copyOf(world.bookId(title)));
    }

    // Registering

    @When("I register the book {string}")
    public void iRegisterTheBook(String title) {
        register(NewBook.titled(title));
    }

    @When("I register the books {names}")
    public void iRegisterTheBooks(List<String> titles) {
        titles.forEach(this::iRegisterTheBook);
    }

    @When("I register the book {string} by {names}")
    public void iRegisterTheBookBy(String title, List<String> authors) {
        register(new NewBook(title, null, null, world.authorIds(authors)));
    }

    @When("I register the book {string} by the authors {series}")
    public void iRegisterTheBookByTheAuthors(String title, Series authors) {
        iRegisterTheBookBy(title, authors.members());
    }

    @When("I register the book {string} with the ISBN {string}")
    public void iRegisterTheBookWithTheIsbn(String title, String isbn) {
        register(new NewBook(title, isbn, null, List.of()));
    }

    @When("I register the book {string} published in {int}")
    public void iRegisterTheBookPublishedIn(String title, int year) {
        register(new NewBook(title, null, year, List.of()));
    }

    @When("I register a book with:")
    public void iRegisterABookWith(DataTable details) {
        Map<String, String> fields = details.asMap();
        register(new NewBook(
                fields.get("title"),
                optional(fields.get("isbn")),
                year(fields.get("published in")),
                world.authorIds(names(fields.get("authors")))));
    }

    @When("I register a book with a blank title")
    public void iRegisterABookWithABlankTitle() {
        iRegisterTheBook(" \t ");
    }

    @When("I register a book with a title of {int} character(s)")
    public void iRegisterABookWithATitleOfLength(int length) {
        iRegisterTheBook("t".repeat(length));
    }

    @When("I register a book with a title of {int} {string} characters")
    public void iRegisterABookWithATitleOfRepeated(int length, String character) {
        iRegisterTheBook(character.repeat(length));
    }

    private void register(NewBook book) {
        lastBook = world.attempt(catalogue -> catalogue.registerBook(book)).orElse(null);
        if (lastBook != null) {
            world.remember(lastBook, book.title());
        }
    }

    // Changing, looking up, deleting

    @When("I look up the book {string}")
    public void iLookUpTheBook(String title) {
        String id = world.bookId(title);
        lastBook = world.attempt(catalogue -> catalogue.book(id)).orElse(null);
    }

    @When("I change the title of {string} to {string}")
    public void iChangeTheTitle(String title, String newTitle) {
        change(title, BookChanges.none().withTitle(newTitle), null);
    }

    @When("I change the title of {string} to {string}, as I read it")
    public void iChangeTheTitleAsRead(String title, String newTitle) {
        change(title, BookChanges.none().withTitle(newTitle), world.copyOf(title));
    }

    @When("I change the ISBN of {string} to {string}")
    public void iChangeTheIsbn(String title, String isbn) {
        change(title, BookChanges.none().withIsbn(isbn), null);
    }

    @When("I remove the ISBN of {string}")
    public void iRemoveTheIsbn(String title) {
        change(title, BookChanges.none().withIsbn(null), null);
    }

    @When("I change the year of publication of {string} to {int}")
    public void iChangeTheYear(String title, int year) {
        change(title, BookChanges.none().withPublishedYear(year), null);
    }

    @When("I change the book {string} to:")
    public void iChangeTheBookTo(String title, DataTable details) {
        BookChanges changes = BookChanges.none();
        for (Map.Entry<String, String> field : details.asMap().entrySet()) {
            changes = switch (field.getKey()) {
                case "title" -> changes.withTitle(field.getValue());
                case "isbn" -> changes.withIsbn(optional(field.getValue()));
                case "published in" -> changes.withPublishedYear(year(field.getValue()));
                default -> throw new IllegalArgumentException("a book has no detail \"" + field.getKey() + "\"");
            };
        }
        change(title, changes, null);
    }

    private void change(String title, BookChanges changes, BookCopy asRead) {
        String id = world.bookId(title);
        lastBook = world.attempt(catalogue -> catalogue.changeBook(id, changes, asRead))
                .orElse(null);
        if (lastBook != null && changes.title() != null) {
            world.remember(lastBook, changes.title());
        }
    }

    @When("I delete the book {string}")
    public void iDeleteTheBook(String title) {
        String id = world.bookId(title);
        world.attemptTo(catalogue -> catalogue.deleteBook(id));
    }

    // Checking

    @Then("the book is registered")
    public void theBookIsRegistered() {
        world.requireNoUnexaminedRefusal();
        assertThat(lastBook).as("the book registered").isNotNull();
        assertThat(world.catalogue().book(lastBook.id())).isEqualTo(lastBook);
    }

    @Then("the book is registered as {string}")
    public void theBookIsRegisteredAs(String title) {
        theBookIsRegistered();
        assertThat(lastBook.title()).isEqualTo(title);
    }

    @Then("I see the book {string} by {names}")
    public void iSeeTheBookBy(String title, List<String> authors) {
        world.requireNoUnexaminedRefusal();
        assertThat(lastBook).as("the book looked up").isNotNull();
        assertThat(lastBook.title()).isEqualTo(title);
        assertThat(lastBook.authorNames()).isEqualTo(authors);
    }

    @Then("the book {string} is at version {long}")
    public void theBookIsAtVersion(String title, long version) {
        assertThat(world.catalogue().book(world.bookId(title)).version())
                .as("version of \"%s\"", title)
                .isEqualTo(version);
    }

    @Then("the book {string} is in the catalogue at version {long}")
    public void theBookIsInTheCatalogueAtVersion(String title, long version) {
        theBookIsTitledAtVersion(title, title, version);
    }

    @Then("the book {string} is titled {string} at version {long}")
    public void theBookIsTitledAtVersion(String title, String currentTitle, long version) {
        BookDetails book = world.catalogue().book(world.bookId(title));
        assertThat(book.title()).as("title").isEqualTo(currentTitle);
        assertThat(book.version()).as("version").isEqualTo(version);
    }

    @Then("my copy of {string} is still current")
    public void myCopyIsStillCurrent(String title) {
        assertThat(world.catalogue().isCurrent(world.copyOf(title)))
                .as("my copy of \"%s\" is current", title)
                .isTrue();
    }

    @Then("my copy of {string} is out of date")
    public void myCopyIsOutOfDate(String title) {
        assertThat(world.catalogue().isCurrent(world.copyOf(title)))
                .as("my copy of \"%s\" is current", title)
                .isFalse();
    }

    @Then("the books {names} are still in the catalogue")
    public void theBooksAreStillInTheCatalogue(List<String> titles) {
        for (String title : titles) {
            assertThat(world.catalogue().book(world.bookId(title)).title()).isEqualTo(title);
        }
    }

    @Then("the book {string} reads:")
    public void theBookReads(String title, DataTable details) {
        Map<String, String> expected = details.asMap();
        Map<String, String> shown = shown(world.catalogue().book(world.bookId(title)));
        shown.keySet().retainAll(expected.keySet());
        assertThat(shown).as("the details of \"%s\"", title).isEqualTo(expected);
    }

    @Then("the book {string} has the ISBN {string}")
    public void theBookHasTheIsbn(String title, String isbn) {
        assertThat(world.catalogue().book(world.bookId(title)).isbn()).isEqualTo(isbn);
    }

    @Then("the book {string} has no ISBN and no year of publication")
    public void theBookHasNoIsbnAndNoYear(String title) {
        BookDetails book = world.catalogue().book(world.bookId(title));
        assertThat(book.isbn()).as("ISBN").isNull();
        assertThat(book.publishedYear()).as("year of publication").isNull();
    }

    @Then("the book {string} is no longer in the catalogue")
    public void theBookIsNoLongerInTheCatalogue(String title) {
        String id = world.bookId(title);
        world.requireNotFound("the book \"" + title + "\"", catalogue -> catalogue.book(id));
    }

    /** A book's details as the tables in the features write them. */
    private static Map<String, String> shown(BookDetails book) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("title", book.title());
        shown.put("isbn", book.isbn() == null ? NONE : book.isbn());
        shown.put(
                "published in",
                book.publishedYear() == null ? NONE : book.publishedYear().toString());
        shown.put("authors", book.authors().isEmpty() ? NONE : String.join(", ", book.authorNames()));
        shown.put("version", Long.toString(book.version()));
        return shown;
    }

    private static String optional(String written) {
        return written == null || written.isEmpty() || NONE.equals(written) ? null : written;
    }

    private static Integer year(String written) {
        String year = optional(written);
        return year == null ? null : Integer.valueOf(year);
    }

    /** The names in {@code "Terry Pratchett, Neil Gaiman"}; none for an empty cell or {@code none}. */
    static List<String> names(String written) {
        String names = optional(written);
        return names == null ? List.of() : List.of(names.split("\\s*,\\s*"));
    }
}
