package org.bookshelf.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.WordScope;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Searching by words ({@link SearchQuery}, {@link org.bookshelf.application.search.SearchWords}), kept alike by every
 * store: what a search finds, in which order, page by page, and right after each change.
 */
public abstract class SearchContract extends StoreContract {

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            lant                  | A Lantern in Kyoto
            KYOTO lantern         | A Lantern in Kyoto
            krakow                | Gardens of Kraków
            Kraków                | Gardens of Kraków
            zurich                | Zürich Nights
            weiss                 | Weiß und Schwarz
            οδυσσεια              | Οδύσσεια
            ΟΔΥΣΣΕΙΑ              | Οδύσσεια
            война                 | Война и мир
            雪国                   | 雪国
            铁道                   | 银河铁道之夜
            猫                    | 吾輩は猫である
            """)
    void a_word_finds_the_titles_with_a_word_starting_with_it_whatever_case_and_accents(String search, String title) {
        List.of(
                        "A Lantern in Kyoto",
                        "Gardens of Kraków",
                        "Zürich Nights",
                        "Weiß und Schwarz",
                        "Οδύσσεια",
                        "Война и мир",
                        "雪国",
                        "银河铁道之夜",
                        "吾輩は猫である")
                .forEach(this::registerBook);

        assertThat(titles(booksFound(search))).containsExactly(title);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            guide r2          | R2D2's Field Guide by O'Brien
            guide d2          | ''
            guide brien       | R2D2's Field Guide by O'Brien
            foo bar           | Foo_Bar Notes
            foo ar            | ''
            zero kelvin       | Notes from Zero Kelvin
            pond memoire      | Mémoire of a Pond by O'Brien
            pond brien        | Mémoire of a Pond by O'Brien
            by brien          | Mémoire of a Pond by O'Brien; R2D2's Field Guide by O'Brien
            retold οδυσσεια   | Οδύσσεια Retold
            talk οδυσσεια     | ''
            street 4th        | 4th Street
            ed 4th            | The Field, 4th ed.
            pond moire        | ''
            tales ine         | Caféine Inert Tales
            nights tromso     | Tromsø Nights
            тумане ежик       | Ёжик в тумане
            stories strasse   | Die Straße Stories
            straße stories    | Die Straße Stories
            """)
    void the_other_words_of_a_search_are_checked_in_titles_of_any_script(String search, String expected) {
        List.of(
                        "R2D2's Field Guide by O'Brien",
                        "R2 Units",
                        "D2 Arcade",
                        "Foo_Bar Notes",
                        "Bar Talk",
                        "Notes from Zero Kelvin",
                        "Kelvin Waves",
                        "Mémoire of a Pond by O'Brien",
                        "Mémoire Two",
                        "Brien Road",
                        "Οδύσσεια Retold",
                        "Οδύσσεια",
                        "4th Street",
                        "The Field, 4th ed.",
                        "Moiré Patterns",
                        "Caféine Tales",
                        "Caféine Inert Tales",
                        "Inert Gases",
                        "Inertia",
                        "Inertness Explained",
                        "Tromsø Nights",
                        "Ёжик в тумане",
                        "Die Straße Stories")
                .forEach(this::registerBook);

        assertThat(titles(booksFound(search)))
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split("; ")));
    }

    @Test
    void the_other_words_of_a_search_are_checked_in_names_of_any_script() {
        registerAuthor("Anna O'Brien");
        registerAuthor("Annabel Obrienne");
        registerAuthor("Jürgen O'Brien");
        registerAuthor("Jürgen Brienz");
        registerAuthor("Jürgen Müller");
        registerAuthor("Anaïs Nin");
        registerAuthor("Isabel Nin");
        registerAuthor("Isidore Lamb");
        registerAuthor("Isla Ray");

        assertThat(authorNames(authorsFound("anna brien"))).containsExactly("Anna O'Brien");
        assertThat(authorNames(authorsFound("jurgen brien"))).containsExactly("Jürgen Brienz", "Jürgen O'Brien");
        assertThat(authorNames(authorsFound("jurgen obrien"))).isEmpty();
        assertThat(authorNames(authorsFound("muller jurgen"))).containsExactly("Jürgen Müller");
        assertThat(authorNames(authorsFound("nin is"))).containsExactly("Isabel Nin");
    }

    @Test
    void books_are_found_by_their_authors_names_and_isbn_after_those_whose_title_holds_every_word() {
        Author tanaka = registerAuthor("Yuki Tanaka");
        registerBook("The Hidden Garden", "978-0-306-40615-7", tanaka.id());
        registerBook("Tanaka's Garden", null);
        registerBook("Garden Birds", null);

        assertThat(titles(booksFound("tanaka garden"))).containsExactly("Tanaka's Garden", "The Hidden Garden");
        assertThat(titles(booksFound("9780306406157"))).containsExactly("The Hidden Garden");
        assertThat(titles(booksFound("978-0-306-40615-7"))).containsExactly("The Hidden Garden");
        assertThat(titles(booksFound("0-306-40615-2"))).containsExactly("The Hidden Garden");
        assertThat(titles(booksFound("yuki"))).containsExactly("The Hidden Garden");
    }

    @Test
    void a_search_pages_through_both_ranks_in_order_without_gaps_or_repeats() {
        Author smith = registerAuthor("Anna Smith");
        List<String> expected = new ArrayList<>();
        for (int n = 10; n < 17; n++) {
            registerBook("Smith Volume " + n, null);
            expected.add("Smith Volume " + n);
        }
        for (int n = 10; n < 17; n++) {
            registerBook("Volume " + n, null, smith.id());
            expected.add("Volume " + n);
        }
        registerBook("Volume 99", null);

        assertThat(pageThrough(new BookFilter(null, SearchQuery.parse("volume smith"), null), 3, page -> {}))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void a_search_pages_on_without_gaps_or_repeats_while_books_are_added() {
        Author smith = registerAuthor("Anna Smith");
        for (int n = 10; n < 15; n++) {
            registerBook("Smith Volume " + n, null);
            registerBook("Volume " + n, null, smith.id());
        }
        BookFilter filter = new BookFilter(null, SearchQuery.parse("volume smith"), null);

        List<String> seen = pageThrough(filter, 3, page -> {
            if (page == 1) { // after Smith Volume 12
                registerBook("Smith Volume 11b", null);
                registerBook("Smith Volume 13b", null);
                registerBook("Volume 09", null, smith.id());
            } else if (page == 3) { // after Volume 11
                registerBook("Volume 10b", null, smith.id());
                registerBook("Volume 12b", null, smith.id());
            }
        });

        assertThat(seen)
                .as("books added behind the cursor are not seen, those ahead of it are, in their place")
                .containsExactly(
                        "Smith Volume 10",
                        "Smith Volume 11",
                        "Smith Volume 12",
                        "Smith Volume 13",
                        "Smith Volume 13b",
                        "Smith Volume 14",
                        "Volume 09",
                        "Volume 10",
                        "Volume 11",
                        "Volume 12",
                        "Volume 12b",
                        "Volume 13",
                        "Volume 14");
    }

    @Test
    void an_exact_title_and_a_credited_author_narrow_a_search() {
        Author smith = registerAuthor("Anna Smith");
        registerBook("Garden Birds", null, smith.id());
        registerBook("Garden Birds", null);
        registerBook("Garden Walks", null, smith.id());
        registerBook("Walks", null, smith.id());

        assertThat(titles(booksFound(new BookFilter(new Title("Garden Birds"), SearchQuery.parse("garden"), null))))
                .containsExactly("Garden Birds", "Garden Birds");
        assertThat(titles(booksFound(new BookFilter(null, SearchQuery.parse("garden"), smith.id()))))
                .containsExactly("Garden Birds", "Garden Walks");
        assertThat(booksFound(new BookFilter(new Title("Garden Birds"), SearchQuery.parse("garden"), smith.id())))
                .hasSize(1);
        assertThat(booksFound(new BookFilter(new Title("Garden Walks"), SearchQuery.parse("birds"), null)))
                .isEmpty();
    }

    /**
     * The titles of every page of {@code filter}, {@code size} books a page, in order; {@code afterPage} is told
     * the number of each page read (from 1) before the next is asked for.
     */
    private List<String> pageThrough(BookFilter filter, int size, java.util.function.IntConsumer afterPage) {
        List<String> seen = new ArrayList<>();
        Keyset after = null;
        for (int pages = 1; pages <= 20; pages++) {
            Keyset from = after;
            List<BookView> page = inUnitOfWork(
                    () -> ports.reads().findBooks(filter, from, size).items());
            if (page.isEmpty()) {
                return seen;
            }
            seen.addAll(titles(page));
            BookView last = page.get(page.size() - 1);
            after = new Keyset(
                    filter.rankOf(last.title()),
                    last.title().sortKey(),
                    last.id().value());
            afterPage.accept(pages);
        }
        throw new AssertionError("more than 20 pages: " + seen);
    }

    @Test
    void words_follow_every_change_at_once() {
        Author lee = registerAuthor("Harper Lee");
        Book book = registerBook("To Kill a Mockingbird", null, lee.id());
        Author capote = registerAuthor("Truman Capote");

        changeBook(book, stored -> stored.credit(capote.id()));
        assertThat(titles(booksFound("capote"))).containsExactly("To Kill a Mockingbird");

        inUnitOfWork(() -> {
            Author loaded = ports.authors().loadForUpdate(capote.id()).orElseThrow();
            loaded.rename(new AuthorName("Truman Streckfus Persons"));
            ports.authors().save(loaded);
        });
        assertThat(booksFound("capote")).isEmpty();
        assertThat(titles(booksFound("streckfus"))).containsExactly("To Kill a Mockingbird");
        assertThat(authorNames(authorsFound("streck"))).containsExactly("Truman Streckfus Persons");

        changeBook(book, stored -> stored.removeCredit(capote.id()));
        assertThat(booksFound("streckfus")).isEmpty();

        changeBook(book, stored -> {
            stored.updateDetails(new Title("Go Set a Watchman"), null, null);
            return true;
        });
        assertThat(booksFound("mockingbird")).isEmpty();
        assertThat(titles(booksFound("watchman"))).containsExactly("Go Set a Watchman");

        inUnitOfWork(() -> ports.books().delete(book.id()));
        assertThat(booksFound("watchman")).isEmpty();
    }

    @Test
    void authors_are_found_by_the_words_of_their_names_in_name_order() {
        registerAuthor("Jürgen Jørgensen");
        registerAuthor("Ana Yılmaz");
        registerAuthor("Anna Nguyễn");

        assertThat(authorNames(authorsFound("jorgensen"))).containsExactly("Jürgen Jørgensen");
        assertThat(authorNames(authorsFound("yilmaz"))).containsExactly("Ana Yılmaz");
        assertThat(authorNames(authorsFound("NGUYEN an"))).containsExactly("Anna Nguyễn");
        assertThat(authorNames(authorsFound("an"))).containsExactly("Ana Yılmaz", "Anna Nguyễn");
    }

    @Test
    void the_catalogues_words_are_listed_by_prefix_and_counted() {
        Author tolkien = registerAuthor("J. R. R. Tolkien");
        registerBook("The Two Towers", null, tolkien.id());
        registerBook("The Return of the King", null, tolkien.id());
        registerBook("Tolkien and the Great War");
        registerBook("Tolkien: A Biography");

        assertThat(inUnitOfWork(() -> ports.reads().wordsStartingWith(WordScope.BOOKS, "t", 10)))
                .containsExactly("the", "tolkien", "towers", "two");
        assertThat(inUnitOfWork(() -> ports.reads().wordsStartingWith(WordScope.BOOKS, "to", 1)))
                .as("a word of titles and of names, once")
                .containsExactly("tolkien");
        assertThat(inUnitOfWork(() -> ports.reads().wordsStartingWith(WordScope.AUTHORS, "t", 10)))
                .containsExactly("tolkien");
        assertThat(inUnitOfWork(() -> ports.reads().wordFrequencies(WordScope.BOOKS, List.of("the", "king"), 10)))
                .containsEntry("the", 3L)
                .containsEntry("king", 1L);
        assertThat(inUnitOfWork(() -> ports.reads().wordFrequencies(WordScope.BOOKS, List.of("tolkien", "the"), 2)))
                .as("counted up to 2, whether a book has the word in its title or in an author's name")
                .containsEntry("tolkien", 2L)
                .containsEntry("the", 2L);
    }

    private Book registerBook(String title) {
        return registerBook(title, null);
    }

    private Book registerBook(String title, String isbn, AuthorId... authors) {
        return inUnitOfWork(() -> {
            Book book = Book.register(
                    ports.books().nextId(),
                    new Title(title),
                    isbn == null ? null : Isbn.parse(isbn),
                    null,
                    Authorship.of(List.of(authors)));
            ports.books().save(book);
            return book;
        });
    }

    private void changeBook(Book book, java.util.function.Predicate<Book> change) {
        inUnitOfWork(() -> {
            Book loaded = ports.books().loadForUpdate(book.id()).orElseThrow();
            change.test(loaded);
            ports.books().save(loaded);
        });
    }
}
