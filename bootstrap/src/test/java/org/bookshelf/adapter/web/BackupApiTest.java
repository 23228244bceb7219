package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bookshelf.adapter.imports.CatalogueFileFormats;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.application.model.BackupSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/backup}: the backup file, for an admin only, that the command line's restore reads. */
class BackupApiTest {

    @RegisterExtension
    static final RunningService SERVICE = new RunningService();

    @Test
    void an_admin_gets_the_whole_catalogue_as_a_backup_file_that_checks_whole() {
        ApiClient admin = SERVICE.api();
        long author = admin.post("/api/authors", "{\"name\":\"Backed Up\"}").id();
        admin.post("/api/authors", "{\"name\":\"Credited Nowhere\"}");
        admin.post("/api/books", "{\"title\":\"In The Backup\",\"author_ids\":[" + author + "]}");
        long books = admin.get("/api/exports/books.jsonl").body().lines().count();

        ApiResponse backup = admin.get("/api/backup");

        assertThat(backup.status()).isEqualTo(200);
        assertThat(backup.contentType()).startsWith("application/x-ndjson");
        List<String> lines = backup.body().lines().toList();
        assertThat(lines.get(0)).startsWith("{\"type\":\"header\",\"format\":1,");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"name\":\"Credited Nowhere\""));
        byte[] bytes = backup.body().getBytes(StandardCharsets.UTF_8);
        BackupSummary summary = new CatalogueFileFormats()
                .file(() -> new ByteArrayInputStream(bytes))
                .verify();
        assertThat(summary.size().books()).isEqualTo(books);
        assertThat(lines)
                .hasSize((int) (summary.size().authors() + summary.size().books() + 2));
    }

    @Test
    void an_editor_is_refused() {
        ApiResponse refused = SERVICE.api()
                .withAuthorization(SERVICE.tokens().bearer(Role.EDITOR))
                .get("/api/backup");

        assertThat(refused.status()).isEqualTo(403);
    }
}
