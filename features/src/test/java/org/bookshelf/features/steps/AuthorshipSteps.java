package org.bookshelf.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import org.bookshelf.features.driver.AuthorRef;
import org.bookshelf.features.driver.BookCopy;
import org.bookshelf.features.driver.BookDetails;
import org.bookshelf.features.driver.Credit;

/** Crediting authors on books, taking credits off, ordering them, and going from one side to the other. */
public class AuthorshipSteps {

    private final CatalogueWorld world;
    private Credit lastCredit;

    public AuthorshipSteps(CatalogueWorld world) {
        this.world = world;
    }

    @When("I credit {string} on {string}")
    public void iCredit(String author, String title) {
        String bookId = world.bookId(title);
        String authorId = world.authorId(author);
        lastCredit =
                world.attempt(catalogue -> catalogue.credit(bookId, authorId)).orElse(null);
    }

    @When("I remove {string} from {string}")
    public void iRemove(String author, String title) {
        String bookId = world.bookId(title);
        String authorId = world.authorId(author);
        world.attemptTo(catalogue -> catalogue.removeCredit(bookId, authorId));
    }

    @When("I set the authors of {string} to {names}")
    public void iSetTheAuthors(String title, List<String> authors) {
        replace(title, authors, null);
    }

    @When("I set the authors of {string} to {names}, as I read it")
    public void iSetTheAuthorsAsRead(String title, List<String> authors) {
        replace(title, authors, world.copyOf(title));
    }

    @When("I set the authors of {string} to the authors {series}")
    public void iSetTheAuthorsToTheSeries(String title, Series authors) {
        replace(title, authors.members(), null);
    }

    @When("I remove every author from {string}")
    public void iRemoveEveryAuthor(String title) {
        replace(title, List.of(), null);
    }

    private void replace(String title, List<String> authors, BookCopy asRead) {
        String bookId = world.bookId(title);
        List<String> authorIds = world.authorIds(authors);
        world.attempt(catalogue -> catalogue.replaceAuthors(bookId, authorIds, asRead));
    }

    @Then("{string} is newly credited")
    public void isNewlyCredited(String author) {
        assertThat(credit(author).newlyCredited()).as("newly credited").isTrue();
    }

    @Then("{string} was already credited")
    public void wasAlreadyCredited(String author) {
        assertThat(credit(author).newlyCredited()).as("newly credited").isFalse();
    }

    private Credit credit(String author) {
        world.requireNoUnexaminedRefusal();
        assertThat(lastCredit).as("the credit given").isNotNull();
        assertThat(lastCredit.book().authors()).contains(new AuthorRef(world.authorId(author), author));
        return lastCredit;
    }

    @Then("the authors of {string} are {names}")
    public void theAuthorsAre(String title, List<String> authors) {
        assertThat(authorNamesOf(title)).as("the authors of \"%s\"", title).isEqualTo(authors);
    }

    @Then("the book {string} has no authors")
    public void theBookHasNoAuthors(String title) {
        theAuthorsAre(title, List.of());
    }

    @Then("the book {string} has {int} authors")
    public void theBookHasAuthors(String title, int count) {
        assertThat(authorNamesOf(title)).as("the authors of \"%s\"", title).hasSize(count);
    }

    /** The authors of the book as listed on their own, checked against those shown with the book. */
    private List<String> authorNamesOf(String title) {
        String bookId = world.bookId(title);
        List<String> listed = world.catalogue().authorsOf(bookId).stream()
                .map(AuthorRef::name)
                .toList();
        assertThat(world.catalogue().book(bookId).authorNames())
                .as("the authors shown with \"%s\"", title)
                .isEqualTo(listed);
        return listed;
    }

    @Then("the books of {string} are {names}")
    public void theBooksOfAre(String author, List<String> titles) {
        assertThat(titlesOfBooksBy(world.authorId(author)))
                .as("the books of \"%s\"", author)
                .isEqualTo(titles);
    }

    @Then("{string} is credited on no book")
    public void isCreditedOnNoBook(String author) {
        theBooksOfAre(author, List.of());
    }

    private List<String> titlesOfBooksBy(String authorId) {
        return Pages.items(paging -> world.catalogue().booksOf(authorId, paging)).stream()
                .map(BookDetails::title)
                .toList();
    }
}
