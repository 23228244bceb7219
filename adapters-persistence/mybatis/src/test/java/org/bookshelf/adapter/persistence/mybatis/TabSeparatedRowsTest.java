package org.bookshelf.adapter.persistence.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text LOAD DATA reads: the escapes a value needs, and the batches rows come in. */
class TabSeparatedRowsTest {

    @Test
    void values_are_tab_separated_with_backslash_escapes_and_null_as_backslash_n() {
        TabSeparatedRows rows = new TabSeparatedRows();
        rows.number(7)
                .text("a\tb\nc\rd\\e\0f")
                .text(null)
                .number((Integer) null)
                .text("Zoë \\N 😀")
                .endRow();

        assertThat(texts(rows)).containsExactly("7\ta\\tb\\nc\\rd\\\\e\\0f\t\\N\t\\N\tZoë \\\\N 😀\n");
    }

    @Test
    void a_value_written_once_is_appended_as_text_and_number_append_it() {
        byte[] id = TabSeparatedRows.numberField(42);
        byte[] key = TabSeparatedRows.textField("a\tb é");
        TabSeparatedRows writtenOnce = new TabSeparatedRows();
        writtenOnce.field(id).field(key).endRow();
        writtenOnce.field(id).text("x").field(key).endRow();

        assertThat(texts(writtenOnce)).containsExactly("42\ta\\tb é\n42\tx\ta\\tb é\n");
    }

    @Test
    void rows_come_in_batches_of_at_most_the_rows_asked() {
        TabSeparatedRows rows = new TabSeparatedRows(2);
        for (int row = 1; row <= 5; row++) {
            rows.number(row).text("row " + row).endRow();
        }

        assertThat(rows.rows()).isEqualTo(5);
        assertThat(texts(rows)).containsExactly("1\trow 1\n2\trow 2\n", "3\trow 3\n4\trow 4\n", "5\trow 5\n");
        assertThat(new TabSeparatedRows().batches()).isEmpty();
    }

    private static List<String> texts(TabSeparatedRows rows) {
        return rows.batches().stream().map(TabSeparatedRowsTest::read).toList();
    }

    private static String read(InputStream batch) {
        try {
            return new String(batch.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
