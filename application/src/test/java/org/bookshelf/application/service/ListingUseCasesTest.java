package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.model.Page;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.model.RequestValue;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.InvalidValueException;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

/** Finding books and authors, and keyset paging with its cursors, through the use cases. */
class ListingUseCasesTest {

    private final CatalogueOnFakes catalogue = new CatalogueOnFakes();

    @Test
    void books_are_found_by_exact_title_only() {
        BookView mort = catalogue.book("Mort");
        catalogue.book("Mortal Engines");

        assertThat(titles(findBooks(new BookFilter(new Title("Mort"), null, null))))
                .containsExactly("Mort");
        assertThat(findBooks(new BookFilter(new Title("mort"), null, null)).items())
                .isEmpty();
        assertThat(findBooks(new BookFilter(new Title("Mort"), null, null)).items())
                .containsExactly(mort);
    }

    @Test
    void books_are_found_by_words_of_their_titles_whatever_their_case_in_title_order() {
        catalogue.book("Ancillary Sword");
        catalogue.book("ancillary Justice");
        catalogue.book("The Ancillary Papers");
        catalogue.book("Dune");

        assertThat(titles(findBooks(new BookFilter(null, SearchQuery.parse("  ANCILL "), null))))
                .containsExactly("ancillary Justice", "Ancillary Sword", "The Ancillary Papers");
    }

    @Test
    void books_whose_titles_hold_every_word_come_before_those_found_through_their_authors() {
        AuthorView tanaka = catalogue.author("Yuki Tanaka");
        catalogue.book("The Hidden Garden", tanaka);
        catalogue.book("A Garden by Tanaka");
        catalogue.book("Tanaka's Hidden Garden");

        assertThat(titles(findBooks(new BookFilter(null, SearchQuery.parse("tanaka garden"), null))))
                .containsExactly("A Garden by Tanaka", "Tanaka's Hidden Garden", "The Hidden Garden");
    }

    @Test
    void a_search_that_finds_nothing_suggests_the_catalogues_words_closest_to_those_typed() {
        catalogue.book("The Lord of the Rings", catalogue.author("J. R. R. Tolkien"));
        catalogue.book("Tolkien and the Great War");
        catalogue.book("Tulkas");

        Page<BookView> typo = findBooks(new BookFilter(null, SearchQuery.parse("tolkein"), null));

        assertThat(typo.items()).isEmpty();
        assertThat(typo.suggestions()).containsExactly("tolkien");
        assertThat(findBooks(new BookFilter(null, SearchQuery.parse("tolkien"), null))
                        .suggestions())
                .isEmpty();
        assertThat(findBooks(new BookFilter(null, SearchQuery.parse("xylophone"), null))
                        .suggestions())
                .isEmpty();
    }

    @Test
    void suggestions_come_most_frequent_first_then_fewest_edits_away_then_in_word_order() {
        catalogue.book("Der Garten");
        catalogue.book("Im Garten");
        catalogue.book("Garten der Lüste");
        catalogue.book("Gardens of Stone");
        catalogue.book("Gardez!");
        catalogue.book("The Garden");

        assertThat(findBooks(new BookFilter(null, SearchQuery.parse("gardem"), null))
                        .suggestions())
                .containsExactly("garten", "garden", "gardez", "gardens");
    }

    @Test
    void two_letters_swapped_are_one_edit() {
        catalogue.book("The Hobbit");
        catalogue.book("T");

        assertThat(findBooks(new BookFilter(null, SearchQuery.parse("teh"), null))
                        .suggestions())
                .containsExactly("the", "t");
    }

    @Test
    void books_found_by_author_come_with_all_their_authors_in_credit_order() {
        AuthorView terry = catalogue.author("Terry Pratchett");
        AuthorView neil = catalogue.author("Neil Gaiman");
        catalogue.book("Good Omens", terry, neil);
        catalogue.book("Coraline", neil);
        catalogue.book("Mort", terry);

        List<BookView> found = findBooks(BookFilter.creditedTo(neil.id())).items();

        assertThat(titles(found)).containsExactly("Coraline", "Good Omens");
        assertThat(found.get(1).authors())
                .containsExactly(
                        new CreditedAuthor(terry.id(), terry.name(), terry.version()),
                        new CreditedAuthor(neil.id(), neil.name(), neil.version()));
        assertThat(findBooks(BookFilter.creditedTo(new AuthorId(404))).items()).isEmpty();
    }

    @Test
    void criteria_combine() {
        AuthorView ann = catalogue.author("Ann Leckie");
        catalogue.book("Ancillary Justice", ann);
        catalogue.book("Ancillary Sword", ann);
        catalogue.book("Ancillary Sword");

        assertThat(findBooks(new BookFilter(new Title("Ancillary Sword"), SearchQuery.parse("sword"), ann.id()))
                        .items())
                .singleElement()
                .satisfies(book -> assertThat(book.authors()).hasSize(1));
    }

    @Test
    void the_books_of_an_author_are_listed_by_title_and_an_unknown_author_is_refused() {
        AuthorView terry = catalogue.author("Terry Pratchett");
        AuthorView ursula = catalogue.author("Ursula K. Le Guin");
        catalogue.book("Mort", terry);
        catalogue.book("Good Omens", terry);

        assertThat(titles(catalogue
                        .useCases
                        .listBooksOfAuthor()
                        .listBooksOfAuthor(terry.id(), PageRequest.first())
                        .items()))
                .containsExactly("Good Omens", "Mort");
        assertThat(catalogue
                        .useCases
                        .listBooksOfAuthor()
                        .listBooksOfAuthor(ursula.id(), PageRequest.first())
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> catalogue
                        .useCases
                        .listBooksOfAuthor()
                        .listBooksOfAuthor(new AuthorId(404), PageRequest.first()))
                .isInstanceOf(AuthorNotFoundException.class);
    }

    @Test
    void authors_are_found_by_exact_name_or_any_part_of_it_in_name_order() {
        catalogue.author("Neil Gaiman");
        catalogue.author("ann Leckie");
        catalogue.author("Terry Pratchett");
        catalogue.author("Neil Gaiman");

        assertThat(findAuthors(new AuthorFilter(new AuthorName("Neil Gaiman"), null))
                        .items())
                .hasSize(2);
        assertThat(findAuthors(new AuthorFilter(new AuthorName("neil gaiman"), null))
                        .items())
                .isEmpty();
        assertThat(names(findAuthors(new AuthorFilter(null, SearchQuery.parse("NEIL")))))
                .containsExactly("Neil Gaiman", "Neil Gaiman");
        assertThat(names(findAuthors(AuthorFilter.all())))
                .containsExactly("ann Leckie", "Neil Gaiman", "Neil Gaiman", "Terry Pratchett");
    }

    @Test
    void a_search_of_no_word_or_of_more_than_200_characters_is_refused_as_search_text() {
        for (String refused : List.of("  ", "%", "-- *", "x".repeat(201), "𐐷".repeat(201))) {
            assertThat(catchThrowableOfType(InvalidValueException.class, () -> SearchQuery.parse(refused))
                            .kind())
                    .as(refused)
                    .isEqualTo(RequestValue.SEARCH_TEXT);
        }
    }

    @Test
    void a_search_counts_characters_not_utf16_units() {
        BookView book = catalogue.book("𐐷".repeat(200));

        assertThat(findBooks(new BookFilter(null, SearchQuery.parse("𐐷".repeat(200)), null))
                        .items())
                .containsExactly(book);
    }

    @Test
    void paging_through_books_visits_each_once_in_title_then_id_order() {
        List<BookView> registered = new ArrayList<>();
        for (int n = 0; n < 57; n++) {
            String title = (n % 3 == 0 ? "volume " : "Volume ") + (n % 20);
            registered.add(catalogue.book(title));
        }
        List<BookView> expected = registered.stream()
                .sorted(Comparator.comparing(
                                (BookView book) -> book.title().value().toLowerCase(Locale.ROOT))
                        .thenComparing(book -> book.id().value()))
                .toList();

        List<Page<BookView>> pages =
                allPages(10, request -> catalogue.useCases.findBooks().findBooks(BookFilter.all(), request));

        assertThat(pages).extracting(page -> page.items().size()).containsExactly(10, 10, 10, 10, 10, 7);
        assertThat(pages.stream().flatMap(page -> page.items().stream()).toList())
                .isEqualTo(expected);
    }

    @Test
    void paging_through_the_books_of_an_author_and_through_authors() {
        AuthorView prolific = catalogue.author("Prolific Writer");
        for (int n = 1; n <= 12; n++) {
            catalogue.book(String.format("Work %02d", n), prolific);
            catalogue.author(String.format("Writer %02d", n));
        }

        List<Page<BookView>> books = allPages(
                5, request -> catalogue.useCases.listBooksOfAuthor().listBooksOfAuthor(prolific.id(), request));
        List<Page<AuthorView>> authors = allPages(
                5,
                request -> catalogue
                        .useCases
                        .findAuthors()
                        .findAuthors(new AuthorFilter(null, SearchQuery.parse("WRITER")), request));

        assertThat(books).extracting(page -> page.items().size()).containsExactly(5, 5, 2);
        assertThat(books.stream().flatMap(page -> titles(page.items()).stream()))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 12)
                        .mapToObj(n -> String.format("Work %02d", n))
                        .toList());
        assertThat(authors).extracting(page -> page.items().size()).containsExactly(5, 5, 3);
        assertThat(authors.stream()
                        .flatMap(page -> page.items().stream())
                        .map(author -> author.name().value()))
                .startsWith("Prolific Writer")
                .doesNotHaveDuplicates()
                .hasSize(13);
    }

    @Test
    void a_listing_that_fits_its_page_has_no_cursor_and_the_default_page_holds_twenty() {
        for (int n = 1; n <= 25; n++) {
            catalogue.book("Volume " + n);
        }

        assertThat(findBooks(BookFilter.all()).items()).hasSize(PageRequest.DEFAULT_LIMIT);
        assertThat(findBooks(BookFilter.all()).nextCursor()).isNotNull();
        Page<BookView> all = catalogue.useCases.findBooks().findBooks(BookFilter.all(), PageRequest.first(25));
        assertThat(all.items()).hasSize(25);
        assertThat(all.nextCursor()).isNull();
    }

    @Test
    void a_page_size_outside_one_to_a_hundred_is_refused() {
        assertThat(PageRequest.first(1).limit()).isEqualTo(1);
        assertThat(PageRequest.first(100).limit()).isEqualTo(100);
        assertThat(catchThrowableOfType(InvalidValueException.class, () -> PageRequest.first(0))
                        .kind())
                .isEqualTo(RequestValue.PAGE_SIZE);
        assertThatThrownBy(() -> PageRequest.first(101)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_malformed_cursor_is_refused() {
        for (String malformed : List.of("", "garbage", "a.b.c", "!!!.???", "MQ.", ".MQ")) {
            assertCursorRefused(() -> findBooks(BookFilter.all(), new PageRequest(10, malformed)));
        }
    }

    @Test
    void a_cursor_that_was_tampered_with_is_refused() {
        for (int n = 1; n <= 25; n++) {
            catalogue.book("Volume " + n);
        }
        String cursor = firstCursor(BookFilter.all());
        String[] parts = cursor.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String forgedPayload = payload.replaceFirst("\n\\d+\n", "\n1\n");
        String forged =
                Base64.getUrlEncoder().withoutPadding().encodeToString(forgedPayload.getBytes(StandardCharsets.UTF_8))
                        + "." + parts[1];

        assertThat(forgedPayload).isNotEqualTo(payload);
        assertCursorRefused(() -> findBooks(BookFilter.all(), new PageRequest(10, forged)));
    }

    @Test
    void a_cursor_from_another_listing_is_refused() {
        AuthorView author = catalogue.author("Volume Writer");
        for (int n = 1; n <= 25; n++) {
            catalogue.book("Volume " + n, author);
            catalogue.author("Volume " + n);
        }
        String ofAllBooks = firstCursor(BookFilter.all());
        String ofSomeBooks = firstCursor(new BookFilter(null, SearchQuery.parse("volume"), null));
        String ofAuthors = catalogue
                .useCases
                .findAuthors()
                .findAuthors(AuthorFilter.all(), PageRequest.first(10))
                .nextCursor();

        assertCursorRefused(() -> findBooks(BookFilter.all(), new PageRequest(10, ofSomeBooks)));
        assertCursorRefused(() ->
                findBooks(new BookFilter(null, SearchQuery.parse("volume"), null), new PageRequest(10, ofAllBooks)));
        assertCursorRefused(() -> findBooks(BookFilter.all(), new PageRequest(10, ofAuthors)));
        assertCursorRefused(() ->
                catalogue.useCases.listBooksOfAuthor().listBooksOfAuthor(author.id(), new PageRequest(10, ofAllBooks)));
        assertCursorRefused(() ->
                catalogue.useCases.findAuthors().findAuthors(AuthorFilter.all(), new PageRequest(10, ofAllBooks)));
        assertThat(findBooks(BookFilter.all(), new PageRequest(10, ofAllBooks)).items())
                .hasSize(10);
    }

    private String firstCursor(BookFilter filter) {
        String cursor = findBooks(filter, PageRequest.first(10)).nextCursor();
        assertThat(cursor).isNotNull();
        return cursor;
    }

    private static void assertCursorRefused(ThrowingCallable listing) {
        InvalidValueException refusal = catchThrowableOfType(InvalidValueException.class, listing);
        assertThat(refusal).as("the cursor is refused").isNotNull();
        assertThat(refusal.kind()).isEqualTo(RequestValue.PAGE_CURSOR);
    }

    /** Every page from the first, following the cursors; a listing longer than 1,000 pages is going round in circles. */
    private static <T> List<Page<T>> allPages(int limit, Function<PageRequest, Page<T>> listing) {
        List<Page<T>> pages = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        do {
            assertThat(pages).as("pages read").hasSizeLessThan(1_000);
            Page<T> page = listing.apply(request);
            pages.add(page);
            request = new PageRequest(limit, page.nextCursor());
        } while (request.cursor() != null);
        return pages;
    }

    private Page<BookView> findBooks(BookFilter filter) {
        return findBooks(filter, PageRequest.first());
    }

    private Page<BookView> findBooks(BookFilter filter, PageRequest request) {
        return catalogue.useCases.findBooks().findBooks(filter, request);
    }

    private Page<AuthorView> findAuthors(AuthorFilter filter) {
        return catalogue.useCases.findAuthors().findAuthors(filter, PageRequest.first());
    }

    private static List<String> titles(Page<BookView> page) {
        return titles(page.items());
    }

    private static List<String> titles(List<BookView> books) {
        return books.stream().map(book -> book.title().value()).toList();
    }

    private static List<String> names(Page<AuthorView> page) {
        return page.items().stream().map(author -> author.name().value()).toList();
    }
}
