package org.bookshelf.application.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.bookshelf.application.exception.UnreadableFileException;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.ImportFormat;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.port.in.ImportSource;
import org.bookshelf.application.port.out.FileFormats;
import org.bookshelf.application.port.out.ImportRows;

/**
 * Files as rows already read: a {@link RowsFile} opens as its rows, and a book is written as its id and title on a
 * line. A file of no rows is taken for one not in its format.
 */
final class FakeImportFiles implements FileFormats {

    /** An import file holding {@code rows}: they are read as they are asked for, until the file is released. */
    static final class RowsFile extends InputStream implements ImportSource {

        private final Iterator<ImportRow> rows;
        private volatile boolean closed;
        private volatile boolean readWhenClosed;
        private volatile boolean released;

        RowsFile(Iterator<ImportRow> rows) {
            this.rows = rows;
        }

        RowsFile(List<ImportRow> rows) {
            this(rows.iterator());
        }

        @Override
        public ImportFormat format() {
            return ImportFormat.JSON_LINES;
        }

        @Override
        public InputStream open() {
            return this;
        }

        @Override
        public void release() {
            released = true;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read as rows");
        }

        @Override
        public void close() {
            closed = true;
        }

        /** Whether its rows were closed and it released, and no row was read after. */
        boolean closedAndReleasedUntouched() {
            return closed && released && !readWhenClosed;
        }

        private ImportRows rows() {
            return new ImportRows() {
                @Override
                public boolean hasNext() {
                    readWhenClosed |= closed;
                    return rows.hasNext();
                }

                @Override
                public ImportRow next() {
                    readWhenClosed |= closed;
                    return rows.next();
                }

                @Override
                public void close() {
                    RowsFile.this.close();
                }
            };
        }
    }

    @Override
    public Optional<ImportFormat> detect(String fileName, String firstLine) {
        return Optional.of(ImportFormat.JSON_LINES);
    }

    @Override
    public ImportRows open(InputStream in, ImportFormat format) {
        RowsFile file = (RowsFile) in;
        if (!file.rows.hasNext()) {
            file.close();
            throw new UnreadableFileException("an empty file");
        }
        return file.rows();
    }

    @Override
    public void writeBook(BookView book, OutputStream out) throws IOException {
        out.write((book.id() + " " + book.title() + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
