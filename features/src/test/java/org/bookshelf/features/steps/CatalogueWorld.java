package org.bookshelf.features.steps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bookshelf.features.driver.AuthorDetails;
import org.bookshelf.features.driver.BookCopy;
import org.bookshelf.features.driver.BookDetails;
import org.bookshelf.features.driver.CatalogueDriver;
import org.bookshelf.features.driver.CatalogueRefusal;
import org.bookshelf.features.driver.NewBook;
import org.bookshelf.features.driver.Outcome;

/**
 * What one scenario knows, shared by its step classes: the catalogue it drives, the ids behind the
 * titles and names the scenario speaks of, the copies of books the reader keeps, and a refusal that no
 * step has examined yet.
 *
 * <p>When steps make their request through {@link #attempt}, which keeps a refusal for a Then step to
 * examine. Every other step goes through {@link #catalogue()}, which fails while a refusal is still
 * unexamined: a request refused by surprise can never pass for one that went through.
 */
public class CatalogueWorld {

    private final CatalogueDriver catalogue;
    private final Map<String, String> authorIds = new HashMap<>();
    private final Map<String, String> bookIds = new HashMap<>();
    private final Map<String, BookCopy> copies = new HashMap<>();
    private CatalogueRefusal unexaminedRefusal;

    public CatalogueWorld(CatalogueDriver catalogue) {
        this.catalogue = catalogue;
    }

    /** The catalogue, for setting the scene and checking it. */
    public CatalogueDriver catalogue() {
        requireNoUnexaminedRefusal();
        return catalogue;
    }

    /** Makes a When step's request; answers its result, or empty when the catalogue refused it. */
    public <T> Optional<T> attempt(Function<CatalogueDriver, T> request) {
        requireNoUnexaminedRefusal();
        try {
            return Optional.ofNullable(request.apply(catalogue));
        } catch (CatalogueRefusal refusal) {
            unexaminedRefusal = refusal;
            return Optional.empty();
        }
    }

    /** Makes a When step's request that answers nothing. */
    public void attemptTo(Consumer<CatalogueDriver> request) {
        attempt(driver -> {
            request.accept(driver);
            return null;
        });
    }

    /** The refusal of the last request, which is examined from now on; fails when it went through. */
    public CatalogueRefusal takeRefusal() {
        if (unexaminedRefusal == null) {
            throw new AssertionError("the catalogue did not refuse the request");
        }
        CatalogueRefusal refusal = unexaminedRefusal;
        unexaminedRefusal = null;
        return refusal;
    }

    /** Fails when the catalogue refused a request and no step has examined why. */
    public void requireNoUnexaminedRefusal() {
        if (unexaminedRefusal != null) {
            throw new AssertionError(
                    "the catalogue refused the request unexpectedly: " + unexaminedRefusal.getMessage(),
                    unexaminedRefusal);
        }
    }

    // Names and titles

    /** Remembers an author under the name the catalogue gave back and, when different, the name as written. */
    public void remember(AuthorDetails author, String asWritten) {
        authorIds.put(author.name(), author.id());
        authorIds.put(asWritten, author.id());
    }

    /** Remembers a book under the title the catalogue gave back and, when different, the title as written. */
    public void remember(BookDetails book, String asWritten) {
        bookIds.put(book.title(), book.id());
        bookIds.put(asWritten, book.id());
    }

    /** The id of the author this scenario knows by that name (or by a name they had before). */
    public String authorId(String name) {
        return known(authorIds, name, "author");
    }

    public List<String> authorIds(List<String> names) {
        return names.stream().map(this::authorId).toList();
    }

    /** The id of the book this scenario knows by that title (or by a title it had before). */
    public String bookId(String title) {
        return known(bookIds, title, "book");
    }

    private static String known(Map<String, String> ids, String name, String kind) {
        String id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("this scenario has no " + kind + " \"" + name + "\"; set one up first, "
                    + "with a step such as: Given the " + kind + " \"" + name + "\"");
        }
        return id;
    }

    // Copies the reader keeps

    /** Keeps the copy of its book, in place of any copy of the same book kept before. */
    public void keep(BookCopy copy) {
        copies.put(copy.book().id(), copy);
    }

    /** The copy kept of the book this scenario knows by that title. */
    public BookCopy copyOf(String title) {
        BookCopy copy = copies.get(bookId(title));
        if (copy == null) {
            throw new IllegalStateException("this scenario has kept no copy of \"" + title + "\"; read it first, "
                    + "with a step such as: Given I have read the book \"" + title + "\"");
        }
        return copy;
    }

    /** Fails unless the catalogue refuses the look-up because there is no such book or author. */
    public void requireNotFound(String what, Consumer<CatalogueDriver> lookUp) {
        CatalogueDriver driver = catalogue();
        try {
            lookUp.accept(driver);
        } catch (CatalogueRefusal refusal) {
            if (refusal.outcome() == Outcome.NOT_FOUND) {
                return;
            }
            throw new AssertionError(what + " is refused, but not as not found: " + refusal.getMessage(), refusal);
        }
        throw new AssertionError(what + " is still in the catalogue");
    }

    // Setting the scene

    /** The author by that name, registering them when the scenario has not met them yet. */
    public String authorIdRegisteringIfNew(String name) {
        String known = authorIds.get(name);
        if (known != null) {
            return known;
        }
        AuthorDetails author = catalogue().registerAuthor(name);
        remember(author, name);
        return author.id();
    }

    /** Registers a book for the scene, first registering the authors the scenario has not met yet. */
    public BookDetails registerBook(String title, String isbn, Integer publishedYear, List<String> authorNames) {
        List<String> authors =
                authorNames.stream().map(this::authorIdRegisteringIfNew).toList();
        BookDetails book = catalogue().registerBook(new NewBook(title, isbn, publishedYear, authors));
        remember(book, title);
        return book;
    }
}
