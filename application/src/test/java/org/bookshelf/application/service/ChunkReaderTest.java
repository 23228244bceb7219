package org.bookshelf.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bookshelf.application.model.ImportRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChunkReaderTest {

    private final ExecutorService workers = Executors.newCachedThreadPool();

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    void rows_come_in_chunks_of_the_size_asked_the_last_one_shorter() {
        List<Long> firstLines = new ArrayList<>();
        try (ChunkReader chunks = new ChunkReader(rows(25).iterator(), 10, workers)) {
            for (ImportChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                firstLines.add(chunk.firstLine());
            }
            assertThat(chunks.next()).isNull();
        }

        assertThat(firstLines).containsExactly(1L, 11L, 21L);
    }

    @Test
    void a_failure_to_read_is_thrown_in_the_place_of_the_chunk_it_stopped() {
        Iterator<ImportRow> breaking = Stream.concat(rows(10).stream(), Stream.of((ImportRow) null))
                .map(row -> {
                    if (row == null) {
                        throw new UncheckedIOException(new IOException("the disk went away"));
                    }
                    return row;
                })
                .iterator();

        try (ChunkReader chunks = new ChunkReader(breaking, 10, workers)) {
            assertThat(chunks.next().firstLine()).isEqualTo(1);
            assertThatThrownBy(chunks::next)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("disk");
            assertThat(chunks.next()).isNull();
        }
    }

    @Test
    void closed_before_its_reading_started_it_never_reads() {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        Iterator<ImportRow> untouchable = new Iterator<>() {
            @Override
            public boolean hasNext() {
                throw new AssertionError("read after close");
            }

            @Override
            public ImportRow next() {
                throw new AssertionError("read after close");
            }
        };

        new ChunkReader(untouchable, 10, later).close();
        queued.forEach(Runnable::run);

        assertThat(queued).hasSize(1);
    }

    @Test
    void closing_stops_a_reading_held_up_by_a_full_queue() {
        ChunkReader chunks = new ChunkReader(rows(1000).iterator(), 10, workers);
        assertThat(chunks.next().firstLine()).isEqualTo(1);

        chunks.close();

        assertThat(workers.shutdownNow()).isEmpty();
    }

    private static List<ImportRow> rows(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(line -> ImportRow.book(line, "Book " + line, null, null, List.of()))
                .toList();
    }
}
