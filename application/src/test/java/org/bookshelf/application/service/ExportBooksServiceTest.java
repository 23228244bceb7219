package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Title;
import org.junit.jupiter.api.Test;

class ExportBooksServiceTest {

    private final FakeCatalogue store = new FakeCatalogue();
    private final ExportBooksService export = new ExportBooksService(store, store.scans(), new FakeImportFiles());

    @Test
    void the_export_writes_every_book_once_in_id_order_whatever_the_page_size() throws IOException {
        Author author = store.registerAuthor("Writer");
        int count = 2 * ExportBooksService.PAGE + 34;
        List<BookId> ids = store.nextBookIds(count);
        store.insertBooks(IntStream.range(0, count)
                .mapToObj(i -> Book.register(
                        ids.get(i), new Title("Book " + i), null, null, Authorship.of(List.of(author.id()))))
                .toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = export.exportBooks(out);

        assertThat(written).isEqualTo(count);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .isEqualTo(IntStream.range(0, count)
                        .mapToObj(i -> ids.get(i) + " Book " + i)
                        .toList());
    }
}
