package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

class ImportChunkTest {

    private final FakeCatalogue store = new FakeCatalogue();

    @Test
    void rows_that_break_a_rule_are_rejected_when_checked_with_their_line_and_reason() {
        ImportChunk chunk = ImportChunk.check(List.of(
                ImportRow.book(3, " ", null, null, List.of()),
                ImportRow.unreadable(4, "the line is not JSON"),
                ImportRow.book(5, "Emma", "978-0-306-40615-8", null, List.of()),
                ImportRow.book(6, "Mort", null, null, List.of("Terry Pratchett", "Terry Pratchett ")),
                ImportRow.book(7, "Fine", null, null, List.of("Anyone"))));

        assertThat(chunk.firstLine()).isEqualTo(3);
        assertThat(chunk.rejections())
                .containsExactly(
                        new RowRejection(3, "title must not be blank"),
                        new RowRejection(4, "the line is not JSON"),
                        new RowRejection(5, "ISBN-13 check digit does not match: 978-0-306-40615-8"),
                        new RowRejection(6, "author Terry Pratchett is listed more than once"));
        assertThatThrownBy(() -> ImportChunk.check(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_plan_leaves_out_books_present_in_the_store_or_earlier_in_the_chunk_and_registers_unknown_authors() {
        Author terry = store.registerAuthor("Terry Pratchett");
        store.insertBooks(List.of(
                Book.register(
                        store.nextBookIds(1).get(0), new Title("Mort"), null, null, Authorship.of(List.of(terry.id()))),
                Book.register(
                        store.nextBookIds(1).get(0),
                        new Title("Dune"),
                        Isbn.parse("0-441-17271-7"),
                        null,
                        Authorship.none())));
        ImportChunk chunk = ImportChunk.check(List.of(
                ImportRow.book(1, "Mort", null, null, List.of("Terry Pratchett")),
                ImportRow.book(2, "Dune, again", "978-0-441-17271-9", null, List.of()),
                ImportRow.book(3, "Good Omens", null, null, List.of("Terry Pratchett", "Neil Gaiman")),
                ImportRow.book(4, "Good Omens", null, null, List.of("Terry Pratchett", "Neil Gaiman")),
                ImportRow.book(5, "Good Omens", null, null, List.of("Neil Gaiman", "Terry Pratchett"))));

        ImportChunk.Plan plan = chunk.plan(store);

        assertThat(plan.counts()).isEqualTo(new ImportCounts(5, 2, 1, 4, 3, 0));
        assertThat(plan.newAuthors()).extracting(Author::name).containsExactly(new AuthorName("Neil Gaiman"));
        Author neil = plan.newAuthors().get(0);
        assertThat(plan.newBooks())
                .extracting(book -> book.authorship().authorIds())
                .containsExactly(List.of(terry.id(), neil.id()), List.of(neil.id(), terry.id()));
    }
}
