package org.bookshelf.adapter.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bookshelf.application.exception.UnreadableFileException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.CreditedAuthor;
import org.bookshelf.application.model.ImportFormat;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.port.out.ImportRows;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

/** Reading the import formats into rows, and writing books as JSON Lines that read back as they were. */
class ImportFilesTest {

    private static final CatalogueFileFormats FORMATS = new CatalogueFileFormats();

    /** The header line as Goodreads writes it. */
    static final String GOODREADS_HEADER = "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,"
            + "Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,"
            + "Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,"
            + "Read Count,Owned Copies";

    /** One row of a Goodreads export with the values an import reads; the others as Goodreads fills them. */
    static String goodreadsRow(
            String title,
            String author,
            String additional,
            String isbn,
            String isbn13,
            String yearPublished,
            String originalYear) {
        return String.join(
                ",",
                "1234",
                title,
                author,
                "\"Surname, Name\"",
                additional,
                isbn,
                isbn13,
                "4",
                "4.05",
                "Ace",
                "Paperback",
                "604",
                yearPublished,
                originalYear,
                "",
                "2020/01/02",
                "",
                "",
                "read",
                "\"A review, with commas\"",
                "",
                "",
                "1",
                "0");
    }

    @Test
    void a_goodreads_export_gives_title_authors_in_order_the_isbn13_and_the_year() {
        String csv = "\uFEFF" + GOODREADS_HEADER + "\r\n"
                + goodreadsRow(
                        "Dune",
                        "Frank Herbert",
                        "",
                        "\"=\"\"0441172717\"\"\"",
                        "\"=\"\"9780441172719\"\"\"",
                        "1990",
                        "1965")
                + "\r\n"
                + goodreadsRow(
                        "\"Good Omens: The \"\"Nice\"\" and Accurate Prophecies, of Agnes Nutter\"",
                        "Terry Pratchett",
                        "\"Neil Gaiman, Someone Else ,\"",
                        "\"=\"\"057504800X\"\"\"",
                        "\"=\"\"\"\"\"",
                        "",
                        "1990")
                + "\r\n"
                + goodreadsRow("\"A title\nover two lines\"", "", "", "\"=\"\"\"\"\"", "\"=\"\"\"\"\"", "", "") + "\r\n"
                + goodreadsRow("After", "Anna", "", "", "", "", "") + "\r\n";

        List<ImportRow> rows = read(csv, ImportFormat.GOODREADS);

        assertThat(rows)
                .containsExactly(
                        ImportRow.book(2, "Dune", "9780441172719", 1990, List.of("Frank Herbert")),
                        ImportRow.book(
                                3,
                                "Good Omens: The \"Nice\" and Accurate Prophecies, of Agnes Nutter",
                                "057504800X",
                                1990,
                                List.of("Terry Pratchett", "Neil Gaiman", "Someone Else")),
                        ImportRow.book(4, "A title\nover two lines", null, null, List.of()),
                        ImportRow.book(6, "After", null, null, List.of("Anna")));
    }

    @Test
    void a_goodreads_row_that_does_not_fit_the_header_is_unreadable_and_the_next_one_is_read() {
        String csv = GOODREADS_HEADER + "\n" + "1,Short,Row\n" + goodreadsRow("Odd year", "A", "", "", "", "MCMXC", "")
                + "\n" + goodreadsRow("Fine", "A", "", "", "", "", "2001") + "\n";

        List<ImportRow> rows = read(csv, ImportFormat.GOODREADS);

        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).unreadable()).isEqualTo("the row has 3 values where the header line names 24 columns");
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).unreadable()).isEqualTo("the year MCMXC is not a whole number");
        assertThat(rows.get(2)).isEqualTo(ImportRow.book(4, "Fine", null, 2001, List.of("A")));
    }

    @Test
    void a_csv_file_without_goodreads_columns_is_refused_whole() {
        assertThatThrownBy(() -> FORMATS.open(stream("Name,Year\nDune,1965\n"), ImportFormat.GOODREADS))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("Title, Author, Additional Authors, ISBN, ISBN13");
    }

    @Test
    void a_quote_never_closed_ends_the_file_with_its_line() {
        ImportRows rows = FORMATS.open(
                stream(GOODREADS_HEADER + "\n" + goodreadsRow("Fine", "A", "", "", "", "", "") + "\n"
                        + goodreadsRow("\"Never closed", "A", "", "", "", "", "")),
                ImportFormat.GOODREADS);

        assertThat(rows.next().title()).isEqualTo("Fine");
        assertThatThrownBy(rows::hasNext)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void json_lines_read_the_book_shape_and_ignore_ids_and_versions() {
        String jsonl = "\uFEFF{\"id\":7,\"title\":\"Good Omens\",\"isbn\":\"9780575048003\",\"published_year\":1990,"
                + "\"authors\":[{\"id\":3,\"name\":\"Terry Pratchett\"},{\"id\":4,\"name\":\"Neil Gaiman\"}],\"version\":5}\r\n"
                + "\n"
                + "   \n"
                + "{\"title\":\"Dune\"}";

        assertThat(read(jsonl, ImportFormat.JSON_LINES))
                .containsExactly(
                        ImportRow.book(
                                1, "Good Omens", "9780575048003", 1990, List.of("Terry Pratchett", "Neil Gaiman")),
                        ImportRow.book(4, "Dune", null, null, List.of()));
    }

    @Test
    void a_json_line_that_is_not_a_book_is_unreadable_and_the_next_one_is_read() {
        String jsonl = String.join(
                        "\n",
                        "{\"title\":\"Broken\"",
                        "[1,2]",
                        "{\"title\":\"Dune\",\"subtitle\":\"x\"}",
                        "{\"title\":12}",
                        "{\"title\":\"Dune\",\"published_year\":\"1965\"}",
                        "{\"title\":\"Dune\",\"authors\":[\"Frank Herbert\"]}",
                        "{\"title\":\"Dune\",\"title\":\"Dune again\"}",
                        "{\"title\":\"" + "x".repeat(JsonLinesRows.MAX_LINE_BYTES) + "\"}",
                        "{\"title\":\"Fine\",\"authors\":[{\"name\":\"Frank Herbert\"}]}")
                + "\n";

        List<ImportRow> rows = read(jsonl, ImportFormat.JSON_LINES);

        assertThat(rows).hasSize(9);
        assertThat(rows.subList(0, 8))
                .allSatisfy(row -> assertThat(row.unreadable()).isNotNull());
        assertThat(rows.subList(0, 8)).extracting(ImportRow::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(rows.get(1).unreadable()).isEqualTo("the line is not a JSON object");
        assertThat(rows.get(2).unreadable()).isEqualTo("the book has an unknown field subtitle");
        assertThat(rows.get(4).unreadable()).isEqualTo("published_year must be a whole number or null");
        assertThat(rows.get(7).unreadable()).isEqualTo("the line is longer than 1048576 bytes");
        assertThat(rows.get(8)).isEqualTo(ImportRow.book(9, "Fine", null, null, List.of("Frank Herbert")));
    }

    @Test
    void a_book_written_as_json_lines_reads_back_as_it_was() throws IOException {
        BookView book = new BookView(
                new BookId(7),
                new Title("Good \"Omens\" 📚"),
                Isbn.parse("978-0-575-04800-3"),
                new PublicationYear(1990),
                List.of(
                        new CreditedAuthor(new AuthorId(3), new AuthorName("Terry Pratchett"), 2),
                        new CreditedAuthor(new AuthorId(4), new AuthorName("Neil Gaiman"), 1)),
                5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        FORMATS.writeBook(book, out);
        FORMATS.writeBook(book, out);

        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written)
                .startsWith("{\"id\":7,\"title\":\"Good \\\"Omens\\\" 📚\",\"isbn\":\"9780575048003\","
                        + "\"published_year\":1990,\"authors\":[{\"id\":3,\"name\":\"Terry Pratchett\"},{\"id\":4,\"name\":\"Neil Gaiman\"}],"
                        + "\"version\":5}\n");
        assertThat(read(written, ImportFormat.JSON_LINES))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row)
                        .isEqualTo(ImportRow.book(
                                row.line(),
                                "Good \"Omens\" 📚",
                                "9780575048003",
                                1990,
                                List.of("Terry Pratchett", "Neil Gaiman"))));
    }

    @Test
    void the_format_is_told_by_name_file_name_and_first_line() {
        assertThat(ImportFormat.fromLabel("JSONL")).contains(ImportFormat.JSON_LINES);
        assertThat(ImportFormat.fromLabel("xml")).isEmpty();
        assertThat(FORMATS.detect("goodreads_library_export.CSV", "")).contains(ImportFormat.GOODREADS);
        assertThat(FORMATS.detect("books.ndjson", "")).contains(ImportFormat.JSON_LINES);
        assertThat(FORMATS.detect("books.txt", "")).isEmpty();
        assertThat(FORMATS.detect("export", "\uFEFF" + GOODREADS_HEADER)).contains(ImportFormat.GOODREADS);
        assertThat(FORMATS.detect("books.txt", " {\"title\":\"Dune\"}")).contains(ImportFormat.JSON_LINES);
        assertThat(FORMATS.detect("books.txt", "Name,Year")).isEmpty();
    }

    private static List<ImportRow> read(String content, ImportFormat format) {
        List<ImportRow> rows = new ArrayList<>();
        try (ImportRows read = FORMATS.open(stream(content), format)) {
            read.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static ByteArrayInputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
