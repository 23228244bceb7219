package org.bookshelf.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.bookshelf.features.driver.AuthorDetails;

/** Registering, renaming, looking up and deleting authors. */
public class AuthorSteps {

    private final CatalogueWorld world;
    private AuthorDetails lastAuthor;

    public AuthorSteps(CatalogueWorld world) {
        this.world = world;
    }

    @Given("the author {string}")
    public void theAuthor(String name) {
        world.authorIdRegisteringIfNew(name);
    }

    @Given("the authors {names}")
    public void theAuthors(List<String> names) {
        names.forEach(world::authorIdRegisteringIfNew);
    }

    @Given("the authors {series}")
    public void theAuthorsInSeries(Series names) {
        theAuthors(names.members());
    }

    @Given("an author {string} who has since been deleted")
    public void anAuthorWhoHasSinceBeenDeleted(String name) {
        AuthorDetails author = world.catalogue().registerAuthor(name);
        world.remember(author, name);
        world.catalogue().deleteAuthor(author.id(), false);
    }

    @Given("the author {string} has been renamed to {string}")
    public void theAuthorHasBeenRenamed(String name, String newName) {
        world.remember(world.catalogue().renameAuthor(world.authorId(name), newName, null), newName);
    }

    @When("I register the author {string}")
    public void iRegisterTheAuthor(String name) {
        lastAuthor = world.attempt(catalogue -> catalogue.registerAuthor(name)).orElse(null);
        if (lastAuthor != null) {
            world.remember(lastAuthor, name);
        }
    }

    @When("I register the authors {names}")
    public void iRegisterTheAuthors(List<String> names) {
        names.forEach(this::iRegisterTheAuthor);
    }

    @When("I register an author with a blank name")
    public void iRegisterAnAuthorWithABlankName() {
        iRegisterTheAuthor("   ");
    }

    @When("I register an author with a name of {int} character(s)")
    public void iRegisterAnAuthorWithANameOfLength(int length) {
        iRegisterTheAuthor("n".repeat(length));
    }

    @When("I register an author with a name of {int} {string} characters")
    public void iRegisterAnAuthorWithANameOfRepeated(int length, String character) {
        iRegisterTheAuthor(character.repeat(length));
    }

    @When("I rename the author {string} to {string}")
    public void iRenameTheAuthor(String name, String newName) {
        rename(name, newName, null);
    }

    @When("I rename the author {string} to {string}, expecting version {long}")
    public void iRenameTheAuthorExpecting(String name, String newName, long expectedVersion) {
        rename(name, newName, expectedVersion);
    }

    private void rename(String name, String newName, Long expectedVersion) {
        String id = world.authorId(name);
        world.attempt(catalogue -> catalogue.renameAuthor(id, newName, expectedVersion))
                .ifPresent(renamed -> world.remember(renamed, newName));
    }

    @When("I look up the author {string}")
    public void iLookUpTheAuthor(String name) {
        String id = world.authorId(name);
        lastAuthor = world.attempt(catalogue -> catalogue.author(id)).orElse(null);
    }

    @When("I delete the author {string}")
    public void iDeleteTheAuthor(String name) {
        String id = world.authorId(name);
        world.attemptTo(catalogue -> catalogue.deleteAuthor(id, false));
    }

    @When("I delete the author {string}, removing their credits")
    public void iDeleteTheAuthorRemovingTheirCredits(String name) {
        String id = world.authorId(name);
        world.attemptTo(catalogue -> catalogue.deleteAuthor(id, true));
    }

    @Then("the author is registered")
    public void theAuthorIsRegistered() {
        world.requireNoUnexaminedRefusal();
        assertThat(lastAuthor).as("the author registered").isNotNull();
        assertThat(world.catalogue().author(lastAuthor.id())).isEqualTo(lastAuthor);
    }

    @Then("the author is registered as {string}")
    public void theAuthorIsRegisteredAs(String name) {
        theAuthorIsRegistered();
        assertThat(lastAuthor.name()).isEqualTo(name);
    }

    @Then("I see the author {string} at version {long}")
    public void iSeeTheAuthor(String name, long version) {
        world.requireNoUnexaminedRefusal();
        assertThat(lastAuthor)
                .as("the author looked up")
                .isEqualTo(new AuthorDetails(world.authorId(name), name, version));
    }

    @Then("the author {string} is in the catalogue")
    public void theAuthorIsInTheCatalogue(String name) {
        assertThat(world.catalogue().author(world.authorId(name)).name()).isEqualTo(name);
    }

    @Then("the authors {names} are still in the catalogue")
    public void theAuthorsAreStillInTheCatalogue(List<String> names) {
        names.forEach(this::theAuthorIsInTheCatalogue);
    }

    @Then("the author {string} is in the catalogue at version {long}")
    public void theAuthorIsInTheCatalogueAtVersion(String name, long version) {
        theAuthorIsCalled(name, name, version);
    }

    @Then("the author {string} is called {string} at version {long}")
    public void theAuthorIsCalled(String name, String currentName, long version) {
        AuthorDetails author = world.catalogue().author(world.authorId(name));
        assertThat(author.name()).as("name").isEqualTo(currentName);
        assertThat(author.version()).as("version").isEqualTo(version);
    }

    @Then("the author {string} is no longer in the catalogue")
    public void theAuthorIsNoLongerInTheCatalogue(String name) {
        String id = world.authorId(name);
        world.requireNotFound("the author \"" + name + "\"", catalogue -> catalogue.author(id));
    }
}
