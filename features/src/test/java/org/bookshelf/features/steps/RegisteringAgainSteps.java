package org.bookshelf.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import org.bookshelf.features.driver.AuthorSearch;
import org.bookshelf.features.driver.BookDetails;
import org.bookshelf.features.driver.BookSearch;
import org.bookshelf.features.driver.NewBook;
import org.bookshelf.features.driver.Paging;

/** Registering under a key, so that a registration sent again is made once. */
public class RegisteringAgainSteps {

    private final CatalogueWorld world;
    /** The id each registration under a key answered, in the order they were sent. */
    private final List<String> answered = new ArrayList<>();

    private BookDetails lastBook;

    public RegisteringAgainSteps(CatalogueWorld world) {
        this.world = world;
    }

    @Given("I registered the book {string} under the key {string}")
    public void iRegisteredTheBookUnderTheKey(String title, String key) {
        remember(world.catalogue().registerBook(NewBook.titled(title), key), title);
    }

    @When("I register the book {string} under the key {string}")
    @When("I register the book {string} under the key {string} again")
    public void iRegisterTheBookUnderTheKey(String title, String key) {
        world.attempt(catalogue -> catalogue.registerBook(NewBook.titled(title), key))
                .ifPresent(book -> remember(book, title));
    }

    @When("I register the book {string} with the ISBN {string} under the key {string}")
    public void iRegisterTheBookWithTheIsbnUnderTheKey(String title, String isbn, String key) {
        world.attempt(catalogue -> catalogue.registerBook(new NewBook(title, isbn, null, List.of()), key))
                .ifPresent(book -> remember(book, title));
    }

    @When("I register the author {string} under the key {string}")
    @When("I register the author {string} under the key {string} again")
    public void iRegisterTheAuthorUnderTheKey(String name, String key) {
        world.attempt(catalogue -> catalogue.registerAuthor(name, key)).ifPresent(author -> {
            world.remember(author, name);
            answered.add(author.id());
        });
    }

    @Then("both registrations answer the same book/author")
    public void bothRegistrationsAnswerTheSame() {
        world.requireNoUnexaminedRefusal();
        assertThat(answered).as("the ids the registrations answered").hasSize(2);
        assertThat(answered.get(1)).as("the second registration's answer").isEqualTo(answered.get(0));
    }

    @Then("the registration answers the book {string} at version {long}")
    public void theRegistrationAnswersTheBook(String title, long version) {
        world.requireNoUnexaminedRefusal();
        assertThat(lastBook.title()).isEqualTo(title);
        assertThat(lastBook.version()).isEqualTo(version);
        assertThat(lastBook).isEqualTo(world.catalogue().book(world.bookId(title)));
    }

    @Then("the catalogue holds one book titled {string}")
    public void theCatalogueHoldsOneBookTitled(String title) {
        assertThat(world.catalogue()
                        .findBooks(BookSearch.titled(title), Paging.firstPage())
                        .items())
                .hasSize(1);
    }

    @Then("the catalogue holds one author named {string}")
    public void theCatalogueHoldsOneAuthorNamed(String name) {
        assertThat(world.catalogue()
                        .findAuthors(AuthorSearch.named(name), Paging.firstPage())
                        .items())
                .hasSize(1);
    }

    private void remember(BookDetails book, String title) {
        world.remember(book, title);
        answered.add(book.id());
        lastBook = book;
    }
}
