package org.bookshelf.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bookshelf.features.driver.AuthorDetails;
import org.bookshelf.features.driver.AuthorSearch;
import org.bookshelf.features.driver.BookDetails;
import org.bookshelf.features.driver.BookSearch;
import org.bookshelf.features.driver.Listing;
import org.bookshelf.features.driver.Paging;

/**
 * Finding books and authors, and reading long listings a page at a time.
 *
 * <p>Remembers the last listing asked for, so that a later step can continue it with its marker, or
 * hand that marker to another listing.
 */
public class ListingSteps {

    private final CatalogueWorld world;
    private Function<Paging, Listing<BookDetails>> bookListing;
    private Function<Paging, Listing<AuthorDetails>> authorListing;
    private Paging paging;
    private Listing<?> page;
    private List<? extends Listing<?>> pagesRead = List.of();

    public ListingSteps(CatalogueWorld world) {
        this.world = world;
    }

    @Given("the catalogue is empty")
    public void theCatalogueIsEmpty() {
        assertThat(world.catalogue()
                        .findBooks(BookSearch.all(), Paging.firstPage())
                        .items())
                .as("books")
                .isEmpty();
        assertThat(world.catalogue()
                        .findAuthors(AuthorSearch.all(), Paging.firstPage())
                        .items())
                .as("authors")
                .isEmpty();
    }

    // Books

    @When("I look for books titled {string}")
    public void iLookForBooksTitled(String title) {
        listBooks(BookSearch.titled(title), Paging.firstPage());
    }

    @When("I search the books for {string}")
    public void iSearchTheBooksFor(String words) {
        listBooks(BookSearch.searchingFor(words), Paging.firstPage());
    }

    @When("I search the books for a word of {int} letters")
    public void iSearchTheBooksForAWordOfLetters(int letters) {
        iSearchTheBooksFor("x".repeat(letters));
    }

    @When("I search the books for {string}, {int} at a time")
    public void iSearchTheBooksForAtATime(String words, int size) {
        listBooks(BookSearch.searchingFor(words), new Paging(size, null));
    }

    @When("I page through the books found by {string} {int} at a time")
    public void iPageThroughTheBooksFoundBy(String words, int size) {
        pageThrough(books(BookSearch.searchingFor(words)), size);
    }

    @When("I look for books credited to {string}")
    public void iLookForBooksCreditedTo(String author) {
        listBooks(BookSearch.creditedTo(world.authorId(author)), Paging.firstPage());
    }

    @When("I list all books")
    public void iListAllBooks() {
        listBooks(BookSearch.all(), Paging.firstPage());
    }

    @When("I list all books {int} at a time")
    public void iListAllBooksAtATime(int size) {
        listBooks(BookSearch.all(), new Paging(size, null));
    }

    @When("I list the books of {string}")
    public void iListTheBooksOf(String author) {
        String authorId = world.authorId(author);
        read(booksOf(authorId), Paging.firstPage());
    }

    @When("I list all books from that marker")
    public void iListAllBooksFromThatMarker() {
        listBooks(BookSearch.all(), paging.continuingFrom(nextMarker()));
    }

    @When("I list all books from the marker {string}")
    public void iListAllBooksFromTheMarker(String marker) {
        listBooks(BookSearch.all(), new Paging(null, marker));
    }

    @When("I page through all books {int} at a time")
    public void iPageThroughAllBooks(int size) {
        pageThrough(books(BookSearch.all()), size);
    }

    @When("I page through the books of {string} {int} at a time")
    public void iPageThroughTheBooksOf(String author, int size) {
        pageThrough(booksOf(world.authorId(author)), size);
    }

    private void listBooks(BookSearch search, Paging firstPaging) {
        read(books(search), firstPaging);
    }

    private Function<Paging, Listing<BookDetails>> books(BookSearch search) {
        return paging -> world.catalogue().findBooks(search, paging);
    }

    private Function<Paging, Listing<BookDetails>> booksOf(String authorId) {
        return paging -> world.catalogue().booksOf(authorId, paging);
    }

    private void read(Function<Paging, Listing<BookDetails>> listing, Paging firstPaging) {
        bookListing = listing;
        authorListing = null;
        readPage(listing, firstPaging);
    }

    // Authors

    @When("I look for authors named {string}")
    public void iLookForAuthorsNamed(String name) {
        listAuthors(AuthorSearch.named(name));
    }

    @When("I search the authors for {string}")
    public void iSearchTheAuthorsFor(String words) {
        listAuthors(AuthorSearch.searchingFor(words));
    }

    @When("I list all authors")
    public void iListAllAuthors() {
        listAuthors(AuthorSearch.all());
    }

    @When("I page through the authors found by {string} {int} at a time")
    public void iPageThroughTheAuthorsFoundBy(String words, int size) {
        pageThrough(authors(AuthorSearch.searchingFor(words)), size);
    }

    private void listAuthors(AuthorSearch search) {
        authorListing = authors(search);
        bookListing = null;
        readPage(authorListing, Paging.firstPage());
    }

    private Function<Paging, Listing<AuthorDetails>> authors(AuthorSearch search) {
        return paging -> world.catalogue().findAuthors(search, paging);
    }

    // Pages and markers

    private <T> void readPage(Function<Paging, Listing<T>> listing, Paging pageToRead) {
        paging = pageToRead;
        page = world.attempt(catalogue -> listing.apply(pageToRead)).orElse(null);
    }

    private <T> void pageThrough(Function<Paging, Listing<T>> listing, int size) {
        pagesRead = world.attempt(catalogue -> Pages.all(size, listing)).orElse(List.of());
    }

    @When("I continue the listing")
    public void iContinueTheListing() {
        continueWith(nextMarker());
    }

    @When("I continue the listing with its marker altered")
    public void iContinueTheListingWithItsMarkerAltered() {
        String marker = nextMarker();
        continueWith((marker.charAt(0) == 'A' ? "B" : "A") + marker.substring(1));
    }

    private void continueWith(String marker) {
        if (bookListing != null) {
            readPage(bookListing, paging.continuingFrom(marker));
        } else {
            readPage(authorListing, paging.continuingFrom(marker));
        }
    }

    private String nextMarker() {
        world.requireNoUnexaminedRefusal();
        assertThat(page).as("a listing was read").isNotNull();
        assertThat(page.nextMarker()).as("the marker for the next page").isNotNull();
        return page.nextMarker();
    }

    // Checking

    @Then("I find:")
    @Then("I find, in this order:")
    public void iFind(DataTable books) {
        List<Map<String, String>> expected = books.asMaps().stream()
                .map(row -> Map.of(
                        "title", row.get("title"), "authors", String.join(", ", BookSteps.names(row.get("authors")))))
                .toList();
        List<Map<String, String>> found = foundBooks().stream()
                .map(book -> Map.of("title", book.title(), "authors", String.join(", ", book.authorNames())))
                .toList();
        assertThat(found).as("the books found").isEqualTo(expected);
    }

    @Then("I find no books")
    public void iFindNoBooks() {
        assertThat(foundBooks()).as("the books found").isEmpty();
    }

    @Then("I am offered the words {names} instead")
    public void iAmOfferedTheWordsInstead(List<String> words) {
        world.requireNoUnexaminedRefusal();
        assertThat(page).as("a listing was read").isNotNull();
        assertThat(page.suggestions()).as("the words offered").isEqualTo(words);
    }

    @Then("I am offered no words instead")
    public void iAmOfferedNoWordsInstead() {
        world.requireNoUnexaminedRefusal();
        assertThat(page).as("a listing was read").isNotNull();
        assertThat(page.suggestions()).as("the words offered").isEmpty();
    }

    @Then("I find the authors {names}")
    public void iFindTheAuthors(List<String> names) {
        assertThat(foundAuthors().stream().map(AuthorDetails::name).toList())
                .as("the authors found")
                .isEqualTo(names);
    }

    @Then("I find no authors")
    public void iFindNoAuthors() {
        assertThat(foundAuthors()).as("the authors found").isEmpty();
    }

    @Then("I find {int} authors named {string}")
    public void iFindAuthorsNamed(int count, String name) {
        assertThat(foundAuthors())
                .as("the authors found")
                .hasSize(count)
                .allSatisfy(author -> assertThat(author.name()).isEqualTo(name));
    }

    @Then("the books of the author found are {names}")
    public void theBooksOfTheAuthorFoundAre(List<String> titles) {
        assertThat(foundAuthors()).as("the authors found").hasSize(1);
        String authorId = foundAuthors().get(0).id();
        assertThat(Pages.items(paging -> world.catalogue().booksOf(authorId, paging)).stream()
                        .map(BookDetails::title))
                .as("the books of the author found")
                .containsExactlyElementsOf(titles);
    }

    @Then("I see {int} books and a marker for the next page")
    public void iSeeBooksAndAMarker(int count) {
        assertThat(foundBooks()).hasSize(count);
        assertThat(page.nextMarker()).as("the marker for the next page").isNotNull();
    }

    @Then("I see {int} books and no marker for a next page")
    public void iSeeBooksAndNoMarker(int count) {
        assertThat(foundBooks()).hasSize(count);
        assertThat(page.nextMarker()).as("the marker for the next page").isNull();
    }

    @Then("I get pages of {counts} books/authors")
    public void iGetPagesOf(List<Integer> sizes) {
        world.requireNoUnexaminedRefusal();
        assertThat(pagesRead.stream().map(read -> read.items().size()).toList())
                .as("page sizes")
                .isEqualTo(sizes);
    }

    @Then("I have seen {series}, each once, in order")
    public void iHaveSeenEachOnceInOrder(Series expected) {
        assertThat(seenWhilePaging()).isEqualTo(expected.members());
    }

    @Then("I have seen the books {names}, each once, in order")
    public void iHaveSeenTheBooksEachOnceInOrder(List<String> titles) {
        assertThat(seenWhilePaging()).isEqualTo(titles);
    }

    /** The titles or names of the pages read, in the order read. */
    private List<String> seenWhilePaging() {
        world.requireNoUnexaminedRefusal();
        return pagesRead.stream()
                .flatMap(read -> read.items().stream())
                .map(item -> item instanceof BookDetails book ? book.title() : ((AuthorDetails) item).name())
                .toList();
    }

    @Then("the catalogue holds no book titled {string}")
    public void theCatalogueHoldsNoBookTitled(String title) {
        assertThat(world.catalogue()
                        .findBooks(BookSearch.titled(title), Paging.firstPage())
                        .items())
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<BookDetails> foundBooks() {
        world.requireNoUnexaminedRefusal();
        assertThat(bookListing).as("the last listing read was of books").isNotNull();
        return ((Listing<BookDetails>) page).items();
    }

    @SuppressWarnings("unchecked")
    private List<AuthorDetails> foundAuthors() {
        world.requireNoUnexaminedRefusal();
        assertThat(authorListing).as("the last listing read was of authors").isNotNull();
        return ((Listing<AuthorDetails>) page).items();
    }
}
