package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.server.BookshelfServer;
import org.bookshelf.server.BookshelfSettings;
import org.bookshelf.server.BookshelfSettings.Store;
import org.bookshelf.server.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * {@code Location} does not trust the {@code Host} header, which any client can set: it is the path alone,
 * or under {@code BOOKSHELF_PUBLIC_URL} when that is configured.
 */
class LocationHeaderTest {

    private static final TestTokens TOKENS = TestTokens.create();
    private static final BookshelfSettings IN_MEMORY_ANY_PORT =
            TOKENS.applyTo(BookshelfSettings.defaults().withStore(Store.MEMORY).withPort(0));

    @Test
    void withoutAPublicUrlLocationIsThePathWhateverTheHostHeaderSays() {
        try (BookshelfServer server = BookshelfServer.start(IN_MEMORY_ANY_PORT)) {
            RawHttp.Answer created = registerAuthorWithHost(server, "evil.example:666");

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("Location")).isEqualTo("/api/authors/1");
        }
    }

    @Test
    void withAPublicUrlLocationIsUnderItWhateverTheHostHeaderSays() {
        BookshelfSettings behindAProxy =
                IN_MEMORY_ANY_PORT.withPublicUrl(URI.create("https://books.example.org/shelf/"));
        try (BookshelfServer server = BookshelfServer.start(behindAProxy)) {
            RawHttp.Answer author = registerAuthorWithHost(server, "evil.example");
            RawHttp.Answer book = new RawHttp(server.uri())
                    .send(
                            "POST /api/books HTTP/1.1\r\nHost: evil.example\r\n"
                                    + "Authorization: " + TOKENS.bearer(Role.EDITOR) + "\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 13\r\nConnection: close\r\n\r\n{\"title\":\"T\"}");

            assertThat(author.header("Location")).isEqualTo("https://books.example.org/shelf/api/authors/1");
            assertThat(book.header("Location")).isEqualTo("https://books.example.org/shelf/api/books/1");
        }
    }

    private static RawHttp.Answer registerAuthorWithHost(BookshelfServer server, String host) {
        return new RawHttp(server.uri())
                .send(
                        "POST /api/authors HTTP/1.1\r\nHost: " + host + "\r\n"
                                + "Authorization: " + TOKENS.bearer(Role.EDITOR) + "\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 12\r\nConnection: close\r\n\r\n{\"name\":\"A\"}");
    }
}
