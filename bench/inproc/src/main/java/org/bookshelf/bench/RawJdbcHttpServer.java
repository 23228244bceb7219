package org.bookshelf.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executors;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.domain.Text;

/**
 * The raw-JDBC baseline over HTTP, for {@code bench/side-by-side.sh}: {@code GET /api/books/{id}} and
 * {@code GET /api/books?limit=N&cursor=C} on Bookshelf's schema, in Bookshelf's JSON and cursor format, served
 * by {@link RawJdbcCatalogue} (a book in one statement, a page in two) behind the JDK's {@link HttpServer}
 * (no Nagle delay) and one HikariCP pool in autocommit mode. Nothing else: no security, no validation beyond
 * what the two reads need, no logging.
 *
 * <p>Environment: {@code BOOKSHELF_DB_URL}, {@code BOOKSHELF_DB_USER}, {@code BOOKSHELF_DB_PASSWORD} as for the
 * service; {@code BASELINE_PORT} (18091), {@code BASELINE_THREADS} (HTTP workers, 16), {@code BASELINE_POOL}
 * (connections, 10: the size of the service's pool for reads). Listens on 127.0.0.1 only.
 */
public final class RawJdbcHttpServer {

    private static final String BOOKS = "/api/books";

    private final RawJdbcCatalogue catalogue;

    private RawJdbcHttpServer(RawJdbcCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(required("BOOKSHELF_DB_URL"));
        pool.setUsername(required("BOOKSHELF_DB_USER"));
        pool.setPassword(required("BOOKSHELF_DB_PASSWORD"));
        pool.setMaximumPoolSize(number("BASELINE_POOL", 10));
        pool.setMinimumIdle(pool.getMaximumPoolSize());
        RawJdbcHttpServer baseline = new RawJdbcHttpServer(new RawJdbcCatalogue(new HikariDataSource(pool)));
        int port = number("BASELINE_PORT", 18091);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(number("BASELINE_THREADS", 16)));
        server.createContext("/", baseline::answer);
        server.start();
        System.out.println("raw-JDBC baseline listening on http://127.0.0.1:" + port);
    }

    private void answer(HttpExchange exchange) throws IOException {
        Response response;
        try {
            response = route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery());
        } catch (SQLException e) {
            e.printStackTrace();
            response = Response.error(500, "the database failed");
        }
        exchange.getResponseHeaders().set("Content-Type", response.status() == 200 ? "application/json"
                : "application/problem+json");
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(response.body());
        }
    }

    private Response route(String method, String path, String query) throws SQLException {
        if (!path.equals(BOOKS) && !path.startsWith(BOOKS + "/")) {
            return Response.error(404, "no such resource");
        }
        if (!method.equals("GET")) {
            return Response.error(405, "only GET is served");
        }
        if (path.equals(BOOKS)) {
            return page(query);
        }
        long id;
        try {
            id = Long.parseLong(path.substring(BOOKS.length() + 1));
        } catch (NumberFormatException e) {
            return Response.error(400, "the id must be a number");
        }
        RawJdbcCatalogue.Book book = catalogue.book(id);
        return book == null ? Response.error(404, "no such book") : new Response(200, BookJson.book(book));
    }

    private Response page(String query) throws SQLException {
        int limit = PageRequest.DEFAULT_LIMIT;
        RawJdbcCatalogue.Start start = RawJdbcCatalogue.Start.FIRST;
        for (String parameter : query == null ? new String[0] : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? ""
                    : URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
            try {
                if (name.equals("limit")) {
                    limit = Integer.parseInt(value);
                } else if (name.equals("cursor")) {
                    start = BookListingCursors.decode(value);
                }
            } catch (IllegalArgumentException e) {
                return Response.error(400, "bad " + name);
            }
        }
        if (limit < PageRequest.MIN_LIMIT || limit > PageRequest.MAX_LIMIT) {
            return Response.error(400,
                    "limit must be between " + PageRequest.MIN_LIMIT + " and " + PageRequest.MAX_LIMIT);
        }
        List<RawJdbcCatalogue.Book> fetched = catalogue.page(limit + 1, start);
        if (fetched.size() <= limit) {
            return new Response(200, BookJson.page(fetched, null));
        }
        List<RawJdbcCatalogue.Book> items = fetched.subList(0, limit);
        RawJdbcCatalogue.Book last = items.get(limit - 1);
        String nextCursor = BookListingCursors.encode(Text.sortKey(last.title()), last.id());
        return new Response(200, BookJson.page(items, nextCursor));
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("set " + variable);
        }
        return value;
    }

    private static int number(String variable, int otherwise) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value);
    }

    private record Response(int status, byte[] body) {

        static Response error(int status, String title) {
            return new Response(status, BookJson.error(status, title));
        }
    }
}
