package org.bookshelf.adapter.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.bookshelf.adapter.web.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue page at {@code /} in a real browser: Debian's Chromium ({@code /usr/bin/chromium}), driven by
 * Playwright, against the running service. Every step goes through what a person sees and uses — roles,
 * accessible names and labels — so the page's headings, labels and focus are tested with it. Any script
 * error, and anything the Content-Security-Policy blocks, fails the test.
 *
 * <p>{@link #CATALOGUE} holds a small catalogue that the tests only read (and that the README's screenshots
 * show); the tests that change things do it on {@link #SERVICE}.
 */
class CataloguePageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Where the README's screenshots are written; docs/ holds the copies the README shows. */
    private static final Path SCREENSHOTS = Path.of("target", "page-screenshots");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final RunningService CATALOGUE = new RunningService();

    @RegisterExtension
    static final RunningService SERVICE = new RunningService();

    /** The catalogue's books in title order: title, year, authors in credit order (and an ISBN for some). */
    private static final List<List<String>> CLASSICS = List.of(
            List.of("A Brief History of Time", "1988", "Stephen Hawking"),
            List.of("A Mathematician's Apology", "1940", "G. H. Hardy"),
            List.of("Cosmos", "1980", "Carl Sagan"),
            List.of("Dialogue Concerning the Two Chief World Systems", "1632", "Galileo Galilei"),
            List.of("Flatland", "1884", "Edwin A. Abbott"),
            List.of("Godel, Escher, Bach", "1979", "Douglas Hofstadter"),
            List.of("Men of Mathematics", "1937", "E. T. Bell"),
            List.of("On the Origin of Species", "1859", "Charles Darwin"),
            List.of("Opticks", "1704", "Isaac Newton"),
            List.of("Philosophiae Naturalis Principia Mathematica", "1687", "Isaac Newton"),
            List.of("Relativity: The Special and the General Theory", "1916", "Albert Einstein"),
            List.of("Silent Spring", "1962", "Rachel Carson"),
            List.of("Sketch of the Analytical Engine", "1843", "Luigi Menabrea", "Ada Lovelace"),
            List.of(
                    "Structure and Interpretation of Computer Programs",
                    "1985",
                    "Harold Abelson",
                    "Gerald Jay Sussman",
                    "isbn:0-262-01153-0"),
            List.of("The Art of Computer Programming", "1968", "Donald Knuth"),
            List.of(
                    "The C Programming Language",
                    "1978",
                    "Brian W. Kernighan",
                    "Dennis M. Ritchie",
                    "isbn:0-13-110362-8"),
            List.of("The Double Helix", "1968", "James D. Watson"),
            List.of("The Elements of Programming Style", "1974", "Brian W. Kernighan", "P. J. Plauger"),
            List.of(
                    "The Feynman Lectures on Physics",
                    "1964",
                    "Richard Feynman",
                    "Robert B. Leighton",
                    "Matthew Sands"),
            List.of("The Selfish Gene", "1976", "Richard Dawkins"),
            List.of("The Structure of Scientific Revolutions", "1962", "Thomas S. Kuhn"),
            List.of("What Is Life?", "1944", "Erwin Schrodinger"));

    /** A title that would run a script and mark itself if the page took it for markup. */
    private static final String MARKUP_TITLE = "<img src=x onerror=alert(1)>Lanterns & <mark>shadows</mark>";

    private static Playwright playwright;
    private static Browser browser;

    private final List<String> scriptProblems = Collections.synchronizedList(new ArrayList<>());
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launchChromium() {
        Assertions.assertThat(CHROMIUM)
                .as("Debian's Chromium is needed for the page's tests: apt-get install chromium (.ci/run does)")
                .isExecutable();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-dev-shm-usage",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @BeforeAll
    static void registerTheClassics() {
        List<List<String>> shuffled = new ArrayList<>(CLASSICS);
        Collections.shuffle(shuffled, new Random(42));
        Map<String, Long> authors = new LinkedHashMap<>();
        for (List<String> book : shuffled) {
            List<Long> credited = book.subList(2, book.size()).stream()
                    .filter(name -> !name.startsWith("isbn:"))
                    .map(name -> authors.computeIfAbsent(name, n -> registerAuthor(CATALOGUE.api(), n)))
                    .toList();
            String isbn = book.stream()
                    .filter(value -> value.startsWith("isbn:"))
                    .map(value -> value.substring(5))
                    .findFirst()
                    .orElse(null);
            registerBook(CATALOGUE.api(), book.get(0), isbn, Integer.valueOf(book.get(1)), credited);
        }
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openATab() {
        openATab(new Browser.NewContextOptions().setViewportSize(1000, 800));
    }

    private void openATab(Browser.NewContextOptions options) {
        context = browser.newContext(options);
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onPageError(scriptProblems::add);
        page.onConsoleMessage(message -> {
            // Chromium logs every 4xx a fetch receives; those are answers the page shows, not failures of its own.
            if (message.type().equals("error") && !message.text().startsWith("Failed to load resource")) {
                scriptProblems.add(message.text());
            }
        });
    }

    @AfterEach
    void noScriptFailedAndNothingWasBlocked() {
        context.close();
        Assertions.assertThat(scriptProblems)
                .as("script errors and Content-Security-Policy violations")
                .isEmpty();
    }

    @Test
    void browsesTheBooksInTitleOrderAPageAtATimeBothWays() throws Exception {
        page.navigate(CATALOGUE.server().uri() + "/");

        assertThat(heading("Books")).isVisible();
        assertThat(listed()).hasText(bylines(0, 10));
        assertThat(link("Previous page")).hasCount(0);
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("page-books.png")));

        link("Next page").click();
        assertThat(listed()).hasText(bylines(10, 20));
        link("Next page").click();
        assertThat(listed()).hasText(bylines(20, CLASSICS.size()));
        assertThat(link("Next page")).hasCount(0);

        link("Previous page").click();
        assertThat(listed()).hasText(bylines(10, 20));
        page.reload();
        assertThat(listed()).hasText(bylines(10, 20));
        link("Previous page").click();
        assertThat(listed()).hasText(bylines(0, 10));
        assertThat(link("Previous page")).hasCount(0);

        page.goBack();
        assertThat(listed()).hasText(bylines(10, 20));
        page.goForward();
        assertThat(listed()).hasText(bylines(0, 10));
    }

    @Test
    void searchesTitlesAndAuthorNames() {
        page.navigate(CATALOGUE.server().uri() + "/");

        search("Search titles, authors and ISBNs", "program");
        assertThat(heading("Books found by “program”")).isFocused();
        assertThat(listed().locator(".title")).hasText(new String[] {
            "Structure and Interpretation of Computer Programs", "The Art of Computer Programming",
            "The C Programming Language", "The Elements of Programming Style"
        });

        search("Search titles, authors and ISBNs", "unicorns");
        assertThat(page.getByText("No book is found by “unicorns”.")).isVisible();

        navigation("Authors").click();
        assertThat(heading("Authors")).isFocused();
        search("Search names", "KERNIGHAN");
        assertThat(listed()).hasText(new String[] {"Brian W. Kernighan"});
        search("Search names", "rich");
        assertThat(listed()).hasText(new String[] {"Richard Dawkins", "Richard Feynman"});
    }

    @Test
    void searchesAsOneTypesMarksWhatMatchedAndOffersWordsWhenNothingIsFound() {
        page.navigate(CATALOGUE.server().uri() + "/");
        assertThat(heading("Books")).isVisible();
        List<String> searches = searchesSent("/api/books?");
        Locator box = searchBox("Search titles, authors and ISBNs");

        box.pressSequentially("feyn", new Locator.PressSequentiallyOptions().setDelay(30));

        assertThat(listed().locator(".title")).hasText(new String[] {"The Feynman Lectures on Physics"});
        assertThat(listed().locator(".title mark")).hasText(new String[] {"Feyn"});
        assertThat(listed().locator(".byline mark")).hasText(new String[] {"Feyn"});
        assertThat(box).isFocused();
        Assertions.assertThat(searches)
                .as("requests while typing 4 keys 30 ms apart")
                .hasSize(1);
        Assertions.assertThat(page.url()).endsWith("#/books?q=feyn");

        box.fill("feynman lectrues");
        assertThat(page.getByText("No book is found by “feynman lectrues”.")).isVisible();
        link("lectures").click();
        assertThat(listed().locator(".title")).hasText(new String[] {"The Feynman Lectures on Physics"});

        navigation("Authors").click();
        searchBox("Search names").pressSequentially("kern", new Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(listed().locator("mark")).hasText(new String[] {"Kern"});
    }

    /**
     * Slow-then-fast typing, answered in the order asked: the page shows the answer to the words typed last, and the
     * address follows it. {@link #dropsAnAnswerThatComesAfterTheAnswerToWordsTypedLater} answers out of order.
     */
    @Test
    void followsTheWordsTypedLastAndKeepsTheAddressInStep() {
        registerBook(SERVICE.api(), "A Lantern in Kyoto", null, 2001, List.of());
        registerBook(SERVICE.api(), MARKUP_TITLE, null, null, List.of());
        page.navigate(SERVICE.server().uri() + "/");
        assertThat(heading("Books")).isVisible();
        List<String> searches = searchesSent("/api/books?");
        Locator box = searchBox("Search titles, authors and ISBNs");

        box.pressSequentially("lanter", new Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(listed().locator(".title")).hasText(new String[] {MARKUP_TITLE, "A Lantern in Kyoto"});
        assertThat(listed().locator(".title mark")).hasText(new String[] {"Lanter", "Lanter"});
        assertThat(status()).hasText("2 books found.");
        Assertions.assertThat(searches)
                .as("requests while typing 6 keys 30 ms apart")
                .hasSizeBetween(1, 2);
        assertThat(page.locator("main img")).hasCount(0);

        box.clear();
        page.waitForResponse(response -> response.url().contains("q=l&"), () -> box.press("l"));
        box.pressSequentially("ant", new Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(listed().locator(".title mark")).hasText(new String[] {"Lant", "Lant"});
        Assertions.assertThat(page.url()).endsWith("#/books?q=lant");
        Assertions.assertThat(searches).last().asString().contains("q=lant&");

        box.press("Enter");
        assertThat(heading("Books found by “lant”")).isFocused();
        page.goBack();
        assertThat(heading("Books")).isVisible();
        assertThat(searchBox("Search titles, authors and ISBNs")).hasValue("");
        page.goForward();
        assertThat(heading("Books found by “lant”")).isVisible();
        page.reload();
        assertThat(listed().locator(".title mark")).hasText(new String[] {"Lant", "Lant"});
    }

    /**
     * The answer to words typed earlier is held back here until the answer to the words typed after them is shown:
     * when it comes, late, the page drops it.
     */
    @Test
    void dropsAnAnswerThatComesAfterTheAnswerToWordsTypedLater() {
        page.navigate(CATALOGUE.server().uri() + "/");
        assertThat(heading("Books")).isVisible();
        List<Route> heldBack = new ArrayList<>();
        page.route(url -> url.contains("/api/books?q=kernighan&"), heldBack::add);
        Locator box = searchBox("Search titles, authors and ISBNs");

        box.fill("kernighan");
        page.waitForCondition(() -> !heldBack.isEmpty());
        box.fill("kernighan style");
        assertThat(listed().locator(".title")).hasText(new String[] {"The Elements of Programming Style"});

        page.waitForResponse(
                response -> response.url().contains("q=kernighan&"),
                () -> heldBack.get(0).resume());
        page.evaluate("() => new Promise(shown => setTimeout(shown, 200))");

        assertThat(listed().locator(".title")).hasText(new String[] {"The Elements of Programming Style"});
        assertThat(status()).hasText("1 book found.");
        Assertions.assertThat(page.url()).endsWith("#/books?q=kernighan+style");
    }

    /** A search matches folded text (no case, no accents); the marks go on the characters as they are written. */
    @Test
    void marksWhatMatchedInTheTextAsWritten() {
        long oe = registerAuthor(SERVICE.api(), "Kenzaburō Ōe");
        registerBook(SERVICE.api(), "Οδυσσεύς 雪国", null, null, List.of(oe));
        page.navigate(SERVICE.server().uri() + "/");
        Locator box = searchBox("Search titles, authors and ISBNs");

        box.fill("kenzaburo");
        assertThat(listed().locator(".byline mark")).hasText(new String[] {"Kenzaburō"});
        box.fill("ΟΔΥΣΣΕΥΣ");
        assertThat(listed().locator(".title mark")).hasText(new String[] {"Οδυσσεύς"});
        box.fill("国");
        assertThat(listed().locator(".title mark")).hasText(new String[] {"国"});

        navigation("Authors").click();
        searchBox("Search names").pressSequentially("oe", new Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(listed()).hasText(new String[] {"Kenzaburō Ōe"});
        assertThat(listed().locator("mark")).hasText(new String[] {"Ōe"});
    }

    @Test
    void goesFromABookToItsAuthorsAndFromAnAuthorToTheirBooks() throws Exception {
        page.navigate(CATALOGUE.server().uri() + "/");
        signIn(CATALOGUE, Role.EDITOR);

        link("Next page").click();
        link("The C Programming Language").click();
        assertThat(heading("The C Programming Language")).isFocused();
        assertThat(page.locator(".facts")).hasText(Pattern.compile("ISBN\\s*9780131103627\\s*Published\\s*1978"));
        assertThat(credited()).hasText(new String[] {"Brian W. Kernighan", "Dennis M. Ritchie"});
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("page-book.png")));

        page.locator("main ol.credits")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Brian W. Kernighan"))
                .click();
        assertThat(heading("Brian W. Kernighan")).isFocused();
        assertThat(listed()).hasText(new String[] {
            "The C Programming Language (1978) by Brian W. Kernighan and Dennis M. Ritchie",
            "The Elements of Programming Style (1974) by Brian W. Kernighan and P. J. Plauger"
        });

        listed().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("P. J. Plauger"))
                .click();
        assertThat(heading("P. J. Plauger")).isFocused();
        link("The Elements of Programming Style").click();
        assertThat(heading("The Elements of Programming Style")).isFocused();
        assertThat(page.locator(".facts")).hasText(Pattern.compile("ISBN\\s*none\\s*Published\\s*1974"));

        page.goBack();
        assertThat(heading("P. J. Plauger")).isVisible();
        page.goBack();
        assertThat(heading("Brian W. Kernighan")).isVisible();
    }

    @Test
    void anAddressThatNamesNothingSaysSo() {
        page.navigate(CATALOGUE.server().uri() + "/#/books/987654");
        assertThat(heading("Not found")).isVisible();
        assertThat(page.locator("main")).containsText("987654");

        link("All books").click();
        assertThat(heading("Books")).isFocused();
    }

    @Test
    void anAuthorsBooksComeAPageAtATime() {
        long prolific = registerAuthor(SERVICE.api(), "Prolific Writer");
        List<String> titles = IntStream.rangeClosed(1, 12)
                .mapToObj(n -> "Prolific Work %02d".formatted(n))
                .toList();
        for (int n = titles.size() - 1; n >= 0; n--) {
            registerBook(SERVICE.api(), titles.get(n), null, null, List.of(prolific));
        }

        page.navigate(SERVICE.server().uri() + "/#/authors/" + prolific);

        assertThat(heading("Prolific Writer")).isVisible();
        assertThat(listed().locator(".title")).hasText(titles.subList(0, 10).toArray(String[]::new));
        link("Next page").click();
        assertThat(listed().locator(".title")).hasText(titles.subList(10, 12).toArray(String[]::new));
        assertThat(link("Next page")).hasCount(0);
        link("Previous page").click();
        assertThat(listed().locator(".title")).hasText(titles.subList(0, 10).toArray(String[]::new));
    }

    @Test
    void theTokenIsCheckedAndKeptForThisTabOnly() {
        page.navigate(SERVICE.server().uri() + "/");
        assertThat(heading("Books")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add a book")))
                .hasCount(0);

        button("Sign in").click();
        assertThat(field("API token")).isFocused();
        field("API token").fill("bks_not-a-token-anyone-was-given");
        button("Sign in").click();
        assertThat(field("API token")).hasAccessibleDescription(Pattern.compile("This token is not accepted"));
        assertThat(field("API token")).hasAttribute("aria-invalid", "true");
        assertThat(field("API token")).isFocused();

        field("API token").fill(SERVICE.tokens().token(Role.EDITOR));
        button("Sign in").click();
        assertThat(status()).hasText(Pattern.compile("Signed in"));
        assertThat(button("Sign out")).isFocused();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add a book")))
                .isVisible();

        page.reload();
        assertThat(button("Sign out")).isVisible();
        Page anotherTab = context.newPage();
        anotherTab.navigate(SERVICE.server().uri() + "/");
        assertThat(anotherTab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        anotherTab.close();

        button("Sign out").click();
        assertThat(button("Sign in")).isFocused();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add a book")))
                .hasCount(0);
    }

    @Test
    void anEditorAddsCreditsReordersRemovesEditsAndDeletes() {
        ApiClient api = SERVICE.api();
        page.navigate(SERVICE.server().uri() + "/#/authors");
        signIn(SERVICE, Role.EDITOR);

        field("Name").fill("Ursula K. Le Guin");
        button("Add author").click();
        assertThat(heading("Ursula K. Le Guin")).isFocused();
        assertThat(status()).hasText("Added Ursula K. Le Guin.");

        navigation("Books").click();
        field("Title").fill("The Left Hand of Darkness");
        field("ISBN").fill("978-0-13-468599-1");
        field("Year of publication").fill("1969");
        button("Add book").click();
        assertThat(heading("The Left Hand of Darkness")).isFocused();
        assertThat(page.locator(".facts")).hasText(Pattern.compile("ISBN\\s*9780134685991\\s*Published\\s*1969"));
        long book = api.get("/api/books?title=The%20Left%20Hand%20of%20Darkness")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();

        field("Author’s name, or a part of it").fill("le guin");
        button("Find authors").click();
        button("Credit Ursula K. Le Guin").click();
        assertThat(credited()).hasText(new String[] {"Ursula K. Le Guin"});
        assertThat(field("Author’s name, or a part of it")).isFocused();
        field("Author’s name, or a part of it").fill("Charles Vess");
        button("Find authors").click();
        assertThat(page.getByText("No author’s name contains “Charles Vess”.")).isVisible();
        button("Add “Charles Vess” as a new author and credit them").click();
        assertThat(credited()).hasText(new String[] {"Ursula K. Le Guin", "Charles Vess"});

        button("Move up Charles Vess").focus();
        page.keyboard().press("Enter");
        assertThat(credited()).hasText(new String[] {"Charles Vess", "Ursula K. Le Guin"});
        assertThat(button("Move down Charles Vess")).isFocused();
        assertThat(status()).hasText("Moved Charles Vess to position 1 of 2.");
        Assertions.assertThat(creditedNames(api, book)).containsExactly("Charles Vess", "Ursula K. Le Guin");

        button("Remove Ursula K. Le Guin").click();
        assertThat(credited()).hasText(new String[] {"Charles Vess"});
        Assertions.assertThat(creditedNames(api, book)).containsExactly("Charles Vess");

        field("Title").fill("The Left Hand of Darkness (Ace)");
        button("Save changes").click();
        assertThat(heading("The Left Hand of Darkness (Ace)")).isVisible();
        assertThat(status()).hasText("Saved the changes.");
        Assertions.assertThat(api.get("/api/books/" + book).json().get("title").asString())
                .isEqualTo("The Left Hand of Darkness (Ace)");

        button("Delete this book…").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).hasAccessibleName("Delete “The Left Hand of Darkness (Ace)”?");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(dialog).isHidden();
        Assertions.assertThat(api.get("/api/books/" + book).status()).isEqualTo(200);

        button("Delete this book…").click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete book"))
                .click();
        assertThat(heading("Books")).isFocused();
        assertThat(status()).hasText("Deleted “The Left Hand of Darkness (Ace)”.");
        Assertions.assertThat(api.get("/api/books/" + book).status()).isEqualTo(404);
        Assertions.assertThat(api.get("/api/authors?name=Charles%20Vess").json().get("items"))
                .hasSize(1);
    }

    /**
     * The in-memory service reads from no replica and sends no {@code Bookshelf-Position}; here the browser
     * adds one to each answer to a change, as a service with replicas would, numbered in order.
     */
    @Test
    void afterItsOwnChangeThePageReadsWithThatChangesPosition() {
        List<String> readsSent = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger changes = new AtomicInteger();
        page.route("**/api/**", route -> {
            if (route.request().method().equals("GET")) {
                readsSent.add(route.request().url().replaceFirst("^https?://[^/]+", "") + " "
                        + route.request().headers().get("bookshelf-position"));
                route.resume();
                return;
            }
            APIResponse answer = route.fetch();
            Map<String, String> headers = new LinkedHashMap<>(answer.headers());
            headers.put("bookshelf-position", "0-1-" + changes.incrementAndGet());
            route.fulfill(new Route.FulfillOptions().setResponse(answer).setHeaders(headers));
        });
        page.navigate(SERVICE.server().uri() + "/#/authors");
        signIn(SERVICE, Role.EDITOR);
        Assertions.assertThat(readsSent).as("before any change").allMatch(read -> read.endsWith(" null"));
        readsSent.clear();

        field("Name").fill("Octavia Butler");
        button("Add author").click();
        assertThat(heading("Octavia Butler")).isFocused();
        field("Name").fill("Octavia E. Butler");
        button("Rename").click();
        assertThat(heading("Octavia E. Butler")).isVisible();
        navigation("Authors").click();
        assertThat(heading("Authors")).isFocused();

        Assertions.assertThat(changes.get()).isEqualTo(2);
        Assertions.assertThat(readsSent)
                .as("the listing read last")
                .last()
                .asString()
                .startsWith("/api/authors?")
                .endsWith(" 0-1-2");
        Assertions.assertThat(readsSent).allMatch(read -> read.endsWith(" 0-1-1") || read.endsWith(" 0-1-2"));
    }

    @Test
    void anAdminDeletesACreditedAuthorOnlyAfterConfirmingTheUnlinking() {
        ApiClient api = SERVICE.api();
        long lem = registerAuthor(api, "Stanislaw Lem");
        long book = registerBook(api, "The Cyberiad", null, 1965, List.of(lem));
        page.navigate(SERVICE.server().uri() + "/#/authors/" + lem);
        signIn(SERVICE, Role.EDITOR);

        button("Delete this author…").click();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete author"))
                .click();
        assertThat(alert()).hasText(Pattern.compile("Your token’s role does not allow this"));
        Assertions.assertThat(api.get("/api/authors/" + lem).status()).isEqualTo(200);

        button("Sign out").click();
        signIn(SERVICE, Role.ADMIN);
        button("Delete this author…").click();
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete author"))
                .click();
        Locator unlink = page.getByRole(AriaRole.DIALOG);
        assertThat(unlink).hasAccessibleName("Stanislaw Lem is still credited on books");
        unlink.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove from books and delete"))
                .click();
        assertThat(heading("Authors")).isFocused();
        assertThat(status()).hasText("Deleted Stanislaw Lem.");
        Assertions.assertThat(api.get("/api/authors/" + lem).status()).isEqualTo(404);
        Assertions.assertThat(creditedNames(api, book)).isEmpty();
    }

    @Test
    void aConcurrentChangeIsShownPlainlyWithAWayToReload() {
        ApiClient api = SERVICE.api();
        long lem = registerAuthor(api, "Stanislaw Lem (Solaris)");
        long kilmartin = registerAuthor(api, "Joanna Kilmartin");
        long book = registerBook(api, "Solaris", null, null, List.of(lem, kilmartin));
        page.navigate(SERVICE.server().uri() + "/#/books/" + book);
        signIn(SERVICE, Role.EDITOR);
        assertThat(heading("Solaris")).isVisible();

        api.patch("/api/books/" + book, "{\"title\":\"Solaris (1970 translation)\"}");
        field("Year of publication").fill("1961");
        button("Save changes").click();

        assertThat(alert()).hasText(Pattern.compile("Someone else changed this since you opened it"));
        assertThat(button("Reload")).isFocused();
        Assertions.assertThat(api.get("/api/books/" + book)
                        .json()
                        .get("published_year")
                        .isNull())
                .isTrue();
        button("Reload").click();
        assertThat(heading("Solaris (1970 translation)")).isFocused();
        assertThat(field("Title")).hasValue("Solaris (1970 translation)");
        field("Year of publication").fill("1961");
        button("Save changes").click();
        assertThat(status()).hasText("Saved the changes.");
        Assertions.assertThat(api.get("/api/books/" + book)
                        .json()
                        .get("published_year")
                        .asInt())
                .isEqualTo(1961);

        api.patch("/api/authors/" + kilmartin, "{\"name\":\"Joanna Kilmartin (translator)\"}");
        button("Move up Joanna Kilmartin").click();
        assertThat(alert()).hasText(Pattern.compile("Someone else changed this since you opened it"));
        Assertions.assertThat(creditedNames(api, book))
                .containsExactly("Stanislaw Lem (Solaris)", "Joanna Kilmartin (translator)");
        button("Reload").click();
        button("Move up Joanna Kilmartin (translator)").click();
        assertThat(credited()).hasText(new String[] {"Joanna Kilmartin (translator)", "Stanislaw Lem (Solaris)"});
        Assertions.assertThat(creditedNames(api, book))
                .containsExactly("Joanna Kilmartin (translator)", "Stanislaw Lem (Solaris)");
    }

    @Test
    void validationErrorsAppearNextToTheirFields() {
        ApiClient api = SERVICE.api();
        page.navigate(SERVICE.server().uri() + "/");
        signIn(SERVICE, Role.EDITOR);

        field("Title").fill("   ");
        field("ISBN").fill("978-0-306-40615-8");
        button("Add book").click();
        assertThat(field("Title")).hasAccessibleDescription(Pattern.compile("must not be blank"));
        assertThat(field("Title")).hasAttribute("aria-invalid", "true");
        assertThat(field("ISBN")).hasAccessibleDescription(Pattern.compile("check digit"));
        assertThat(field("Title")).isFocused();
        assertThat(field("Year of publication")).not().hasAttribute("aria-invalid", "true");

        field("Title").fill("Invalid Yet");
        field("ISBN").fill("");
        field("Year of publication").fill("soon");
        button("Add book").click();
        assertThat(field("Year of publication")).hasAccessibleDescription(Pattern.compile("whole number"));
        assertThat(field("Title")).not().hasAttribute("aria-invalid", "true");
        assertThat(field("Year of publication")).isFocused();
        Assertions.assertThat(api.get("/api/books?q=Invalid%20Yet").json().get("items"))
                .isEmpty();

        registerBook(api, "Holder of an ISBN", "0-306-40615-2", null, List.of());
        field("Year of publication").fill("1999");
        field("ISBN").fill("0-306-40615-2");
        button("Add book").click();
        assertThat(field("ISBN")).hasAccessibleDescription(Pattern.compile("Duplicate ISBN"));
        Assertions.assertThat(api.get("/api/books?q=Invalid%20Yet").json().get("items"))
                .isEmpty();
    }

    @Test
    void fitsAPhoneSizedScreen() {
        context.close();
        openATab(new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));

        page.navigate(CATALOGUE.server().uri() + "/");
        signIn(CATALOGUE, Role.EDITOR);
        assertThat(listed()).hasText(bylines(0, 10));
        Assertions.assertThat(overflowsSideways())
                .as("the books scroll sideways")
                .isFalse();

        search("Search titles", "feynman");
        link("The Feynman Lectures on Physics").click();
        assertThat(credited()).hasText(new String[] {"Richard Feynman", "Robert B. Leighton", "Matthew Sands"});
        Assertions.assertThat(overflowsSideways())
                .as("the book scrolls sideways")
                .isFalse();
    }

    @Test
    void thePageAndItsAssetsArePublicAndLoadOnlyFromThisOrigin() {
        ApiClient stranger =
                new ApiClient(SERVICE.server().uri()).withAuthorization("Bearer bks_revoked-or-never-issued");

        ApiResponse page = stranger.get("/");
        Assertions.assertThat(page.status()).isEqualTo(200);
        Assertions.assertThat(page.contentType()).startsWith("text/html");
        Assertions.assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(policy -> Assertions.assertThat(policy)
                        .contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"));
        Assertions.assertThat(page.body())
                .contains("<script type=\"module\" src=\"/page/main.js\"></script>")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                .doesNotContainPattern("\\son[a-z]+=");

        for (String module :
                List.of("main.js", "api.js", "ui.js", "search.js", "books.js", "authors.js", "paging.js")) {
            ApiResponse script = stranger.get("/page/" + module);
            Assertions.assertThat(script.status()).as(module).isEqualTo(200);
            Assertions.assertThat(script.contentType()).as(module).containsPattern("^(text|application)/javascript");
        }
        Assertions.assertThat(stranger.get("/page/catalogue.css").contentType()).startsWith("text/css");
    }

    private static long registerAuthor(ApiClient api, String name) {
        return created(api.post("/api/authors", json(Map.of("name", name))));
    }

    private static long registerBook(ApiClient api, String title, String isbn, Integer year, List<Long> authors) {
        Map<String, Object> book = new LinkedHashMap<>();
        book.put("title", title);
        book.put("isbn", isbn);
        book.put("published_year", year);
        book.put("author_ids", authors);
        return created(api.post("/api/books", json(book)));
    }

    private static long created(ApiResponse response) {
        Assertions.assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static List<String> creditedNames(ApiClient api, long book) {
        List<String> names = new ArrayList<>();
        api.get("/api/books/" + book + "/authors")
                .json()
                .forEach(author -> names.add(author.get("name").asString()));
        return names;
    }

    /** The lines the listing shows for the classics from {@code from} to {@code to}: "Title (year) by A and B". */
    private static String[] bylines(int from, int to) {
        return CLASSICS.subList(from, to).stream()
                .map(book -> {
                    List<String> authors = book.subList(2, book.size()).stream()
                            .filter(name -> !name.startsWith("isbn:"))
                            .toList();
                    String names = authors.size() == 1
                            ? authors.get(0)
                            : String.join(", ", authors.subList(0, authors.size() - 1)) + " and "
                                    + authors.get(authors.size() - 1);
                    return book.get(0) + " (" + book.get(1) + ") by " + names;
                })
                .toArray(String[]::new);
    }

    private void signIn(RunningService service, Role role) {
        button("Sign in").click();
        field("API token").fill(service.tokens().token(role));
        button("Sign in").click();
        // Said once the view is shown again, signed in: what the test does next acts on that view.
        assertThat(status()).hasText(Pattern.compile("^Signed in"));
    }

    private void search(String label, String text) {
        searchBox(label).fill(text);
        searchBox(label).press("Enter");
    }

    private Locator searchBox(String label) {
        return page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName(label));
    }

    /** The addresses of the searches the page sends to {@code path} ("/api/books?") from now on, in order. */
    private List<String> searchesSent(String path) {
        List<String> searches = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains(path) && request.url().contains("q=")) {
                searches.add(request.url());
            }
        });
        return searches;
    }

    private boolean overflowsSideways() {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    private Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
    }

    private Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator navigation(String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Catalogue"))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The items of the view's listing (books, authors, an author's books). */
    private Locator listed() {
        return page.locator("main ul.listing > li");
    }

    /** The authors credited on the book shown, in order. */
    private Locator credited() {
        return page.locator("main ol.credits > li > a");
    }

    private Locator status() {
        return page.getByRole(AriaRole.STATUS);
    }

    private Locator alert() {
        return page.locator("#alert");
    }
}
