package org.bookshelf.adapter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bookshelf.application.model.ImportFormat;
import org.bookshelf.application.port.in.ImportSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An uploaded file to import: the request body, copied to a temporary file as it arrives once the import is
 * admitted (never held in memory, so that the request can be answered while the rows are read), and deleted
 * when the import is done with it.
 */
final class SpooledUpload implements ImportSource {

    private static final Logger LOG = LoggerFactory.getLogger(SpooledUpload.class);

    private final InputStream body;
    /** Names the temporary file's extension. */
    private final ImportFormat format;

    private Path file;

    SpooledUpload(InputStream body, ImportFormat format) {
        this.body = body;
        this.format = format;
    }

    /** @throws ContentTooLargeException when the body is larger than imports take */
    @Override
    public InputStream open() throws IOException {
        file = Files.createTempFile("bookshelf-import-", "." + format.label());
        try (OutputStream copy = Files.newOutputStream(file)) {
            body.transferTo(copy);
        }
        return Files.newInputStream(file);
    }

    @Override
    public void release() {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the import file {}", file, e);
        }
    }
}
