package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.bookshelf.adapter.persistence.contract.StoreContract;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.port.out.CatalogueReads;
import org.bookshelf.application.port.out.Keyset;
import org.bookshelf.application.port.out.Slice;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/**
 * A search on MariaDB reads a bounded number of rows per call ({@link WordSearch.WalkBudget}). One whose words are
 * common but whose matches are rare is interrupted, goes on in stretches, and answers short slices that say where they
 * stopped; following them finds every match once, in listing order, as a read with the service's budget does in one
 * call.
 */
class SearchWalkBudgetTest extends StoreContract {

    private static final int ROWS_PER_CALL = 40;
    private static final int LIMIT = 2;

    @Override
    protected DrivenPorts emptyStore() {
        EmbeddedTestDatabase.emptyAllTables();
        return EmbeddedTestDatabase.drivenPorts();
    }

    @Test
    void a_book_search_whose_matches_are_rare_goes_on_over_short_slices_without_gaps_or_repeats() {
        for (int n = 1; n <= 60; n++) {
            registerBook(String.format("Alpha Notes %02d", n) + (n % 20 == 7 ? " Beta" : ""));
            registerBook(String.format("Beta Leaves %02d", n));
        }
        BookFilter search = new BookFilter(null, SearchQuery.parse("alpha beta"), null);

        List<Slice<BookView>> slices = slicesOf(
                (after, limit) -> budgeted().findBooks(search, after, limit),
                book -> new Keyset(
                        search.rankOf(book.title()),
                        book.title().sortKey(),
                        book.id().value()));

        List<String> expected = List.of("Alpha Notes 07 Beta", "Alpha Notes 27 Beta", "Alpha Notes 47 Beta");
        assertThat(slices.stream()
                        .flatMap(slice -> slice.items().stream())
                        .map(book -> book.title().value()))
                .containsExactlyElementsOf(expected);
        assertThat(slices).anySatisfy(slice -> {
            assertThat(slice.items()).hasSizeLessThan(LIMIT);
            assertThat(slice.stoppedAt()).isNotNull();
        });
        assertThat(ports.reads().findBooks(search, null, 10).items().stream()
                        .map(book -> book.title().value()))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void an_author_search_whose_matches_are_rare_goes_on_over_short_slices_without_gaps_or_repeats() {
        for (int n = 1; n <= 40; n++) {
            registerAuthor(String.format("Alpha Writer %02d", n) + (n % 20 == 7 ? " Beta" : ""));
            registerAuthor(String.format("Beta Scribe %02d", n));
        }
        AuthorFilter search = new AuthorFilter(null, SearchQuery.parse("alpha beta"));

        List<Slice<AuthorView>> slices = slicesOf(
                (after, limit) -> budgeted().findAuthors(search, after, limit),
                author -> new Keyset(0, author.name().sortKey(), author.id().value()));

        assertThat(slices.stream()
                        .flatMap(slice -> slice.items().stream())
                        .map(author -> author.name().value()))
                .containsExactly("Alpha Writer 07 Beta", "Alpha Writer 27 Beta");
        assertThat(slices).anySatisfy(slice -> assertThat(slice.stoppedAt()).isNotNull());
    }

    /** Every slice of a listing, read {@value #LIMIT} items at a time as the service pages, until it ends. */
    private static <T> List<Slice<T>> slicesOf(
            BiFunction<Keyset, Integer, Slice<T>> read, Function<T, Keyset> keysetOf) {
        List<Slice<T>> slices = new ArrayList<>();
        Keyset after = null;
        while (slices.size() < 1_000) {
            Slice<T> slice = read.apply(after, LIMIT + 1);
            if (slice.items().size() > LIMIT) {
                slice = new Slice<>(slice.items().subList(0, LIMIT), null);
                after = keysetOf.apply(slice.items().get(LIMIT - 1));
            } else {
                after = slice.stoppedAt();
            }
            slices.add(slice);
            if (after == null) {
                return slices;
            }
        }
        throw new AssertionError("the listing never ended");
    }

    private static CatalogueReads budgeted() {
        ApplicationContext context = EmbeddedTestDatabase.context();
        return new MyBatisCatalogueReads(
                context.getBean(BookMapper.class),
                context.getBean(AuthorMapper.class),
                context.getBean(CatalogueMapper.class),
                context.getBean(SearchWordMapper.class),
                ROWS_PER_CALL);
    }

    private void registerBook(String title) {
        inUnitOfWork(() -> ports.books()
                .save(Book.register(ports.books().nextId(), new Title(title), null, null, Authorship.of(List.of()))));
    }
}
