package org.bookshelf.features.stack.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bookshelf.features.driver.AuthorDetails;
import org.bookshelf.features.driver.AuthorRef;
import org.bookshelf.features.driver.AuthorSearch;
import org.bookshelf.features.driver.BookChanges;
import org.bookshelf.features.driver.BookCopy;
import org.bookshelf.features.driver.BookDetails;
import org.bookshelf.features.driver.BookSearch;
import org.bookshelf.features.driver.CatalogueDriver;
import org.bookshelf.features.driver.CatalogueRefusal;
import org.bookshelf.features.driver.Credit;
import org.bookshelf.features.driver.ImportReport;
import org.bookshelf.features.driver.Listing;
import org.bookshelf.features.driver.NewBook;
import org.bookshelf.features.driver.Outcome;
import org.bookshelf.features.driver.Paging;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the catalogue through the REST API of the running service, as any client would: real HTTP
 * requests, JSON in and out.
 *
 * <p>Reads are anonymous; changes carry an editor's bearer token, deleting an author an admin's.
 *
 * <p>The {@code ETag} of an author is its version, quoted; a book's is its version and its credited
 * authors' version, {@code "<version>.<authors' version>"}, the version agreeing with the body's. An
 * expected version or a kept copy goes out as {@code If-Match} with the tag it stands for, and whether a
 * copy is current is asked with a conditional {@code GET} ({@code If-None-Match}: 304 when it is).
 * Responses are read strictly (every field of the documented shape, nothing else). A
 * refusal is told apart by its status and problem type; the offending fields of
 * an invalid request are named as the use cases name them ({@code author_ids} is {@code authors}, the
 * path's {@code id} is {@code book_id} or {@code author_id}). Any other answer means the stack broke and
 * fails the scenario with the exchange in the message.
 */
public final class HttpCatalogueDriver implements CatalogueDriver {

    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON_LINES = "application/x-ndjson";
    private static final Duration PATIENCE = Duration.ofMinutes(1);
    private static final Pattern BOOK_ETAG = Pattern.compile("\"([0-9]+)\\.([0-9]+)\"");

    /** Each problem type the API answers with, its status and what it means to the catalogue. */
    private static final Map<String, Problem> PROBLEMS = Map.of(
            "urn:bookshelf:problem:invalid-request", new Problem(400, Outcome.INVALID),
            "urn:bookshelf:problem:book-not-found", new Problem(404, Outcome.NOT_FOUND),
            "urn:bookshelf:problem:author-not-found", new Problem(404, Outcome.NOT_FOUND),
            "urn:bookshelf:problem:author-still-credited", new Problem(409, Outcome.STILL_CREDITED),
            "urn:bookshelf:problem:duplicate-isbn", new Problem(409, Outcome.DUPLICATE_ISBN),
            "urn:bookshelf:problem:authorship-full", new Problem(409, Outcome.AUTHORSHIP_FULL),
            "urn:bookshelf:problem:version-mismatch", new Problem(412, Outcome.STALE_VERSION),
            "urn:bookshelf:problem:unknown-authors", new Problem(422, Outcome.UNKNOWN_AUTHOR),
            "urn:bookshelf:problem:idempotency-key-reused", new Problem(422, Outcome.KEY_REUSED),
            "urn:bookshelf:problem:registration-gone", new Problem(410, Outcome.GONE));

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private final HttpClient http;
    private final URI service;
    private final Callers callers;

    /** The bearer tokens the driver changes the catalogue with: an editor's, and an admin's for deleting authors. */
    public record Callers(String editorToken, String adminToken) {}

    /** @param service where the service answers, such as {@code http://127.0.0.1:8080} */
    public HttpCatalogueDriver(HttpClient http, URI service, Callers callers) {
        this.http = http;
        this.service = service;
        this.callers = callers;
    }

    // Authors

    @Override
    public AuthorDetails registerAuthor(String name) {
        return registerAuthor(name, null);
    }

    @Override
    public AuthorDetails registerAuthor(String name, String key) {
        return author(exchange(underKey(key, withBody("POST", "/api/authors", Map.of("name", name), null)), 201));
    }

    @Override
    public AuthorDetails author(String authorId) {
        return author(exchange(request(authorPath(authorId)).GET(), 200));
    }

    @Override
    public AuthorDetails renameAuthor(String authorId, String newName, Long expectedVersion) {
        return author(exchange(
                withBody(
                        "PATCH",
                        authorPath(authorId),
                        Map.of("name", newName),
                        expectedVersion == null ? null : "\"" + expectedVersion + "\""),
                200));
    }

    @Override
    public void deleteAuthor(String authorId, boolean removingCredits) {
        exchange(
                request(authorPath(authorId) + (removingCredits ? "?unlink=true" : ""))
                        .DELETE(),
                204);
    }

    @Override
    public Listing<AuthorDetails> findAuthors(AuthorSearch search, Paging paging) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("name", search.name());
        query.put("q", search.words());
        return listing(readPage("/api/authors", query, paging), AuthorBody.class, AuthorBody::details);
    }

    // Books

    @Override
    public BookDetails registerBook(NewBook book) {
        return registerBook(book, null);
    }

    @Override
    public BookDetails registerBook(NewBook book, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", book.title());
        body.put("isbn", book.isbn());
        body.put("published_year", book.publishedYear());
        body.put(
                "author_ids",
                book.authorIds().stream().map(HttpCatalogueDriver::id).toList());
        return book(exchange(underKey(key, withBody("POST", "/api/books", body, null)), 201));
    }

    @Override
    public BookDetails book(String bookId) {
        return book(exchange(request(bookPath(bookId)).GET(), 200));
    }

    @Override
    public BookCopy copyOf(String bookId) {
        Answer answer = exchange(request(bookPath(bookId)).GET(), 200);
        BookBody book = answer.read(BookBody.class);
        return new BookCopy(book.details(), answer.bookEtag(book.version()));
    }

    /** A conditional {@code GET} of the book with the copy's tag: 304 when the copy is current, 200 when not. */
    @Override
    public boolean isCurrent(BookCopy copy) {
        String etag = etag(copy);
        Answer answer = exchange(
                request(bookPath(copy.book().id()))
                        .header("If-None-Match", etag)
                        .GET(),
                304,
                200);
        String answered = answer.response().headers().firstValue("ETag").orElse(null);
        if (answer.status() == 304) {
            if (!etag.equals(answered)) {
                throw answer.broken("a 304 must carry the ETag asked about, " + etag);
            }
            return true;
        }
        if (etag.equals(answered)) {
            throw answer.broken("the ETag is the one asked about, yet the book came back in full");
        }
        book(answer);
        return false;
    }

    /** Sends only the details that change, as a merge patch: {@code null} removes the ISBN or the year. */
    @Override
    public BookDetails changeBook(String bookId, BookChanges changes, BookCopy asRead) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (changes.title() != null) {
            body.put("title", changes.title());
        }
        if (changes.changesIsbn()) {
            body.put("isbn", changes.isbn());
        }
        if (changes.changesYear()) {
            body.put("published_year", changes.publishedYear());
        }
        return book(exchange(withBody("PATCH", bookPath(bookId), body, etag(asRead)), 200));
    }

    @Override
    public void deleteBook(String bookId) {
        exchange(request(bookPath(bookId)).DELETE(), 204);
    }

    @Override
    public Listing<BookDetails> findBooks(BookSearch search, Paging paging) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("title", search.title());
        query.put("q", search.words());
        query.put("author_id", search.creditedAuthor() == null ? null : id(search.creditedAuthor()));
        return listing(readPage("/api/books", query, paging), BookBody.class, BookBody::details);
    }

    // Authorship

    @Override
    public List<AuthorRef> authorsOf(String bookId) {
        CreditedAuthorBody[] authors =
                exchange(request(bookPath(bookId) + "/authors").GET(), 200).read(CreditedAuthorBody[].class);
        return Arrays.stream(authors).map(CreditedAuthorBody::ref).toList();
    }

    /** {@code PUT} of the credit: 201 when the author is newly credited, 200 when they already were. */
    @Override
    public Credit credit(String bookId, String authorId) {
        Answer answer = exchange(request(creditPath(bookId, authorId)).PUT(BodyPublishers.noBody()), 201, 200);
        return new Credit(book(answer), answer.status() == 201);
    }

    @Override
    public void removeCredit(String bookId, String authorId) {
        exchange(request(creditPath(bookId, authorId)).DELETE(), 204);
    }

    @Override
    public BookDetails replaceAuthors(String bookId, List<String> authorIds, BookCopy asRead) {
        Map<String, Object> body = Map.of(
                "author_ids", authorIds.stream().map(HttpCatalogueDriver::id).toList());
        return book(exchange(withBody("PUT", bookPath(bookId) + "/authors", body, etag(asRead)), 200));
    }

    @Override
    public Listing<BookDetails> booksOf(String authorId, Paging paging) {
        return listing(
                readPage(authorPath(authorId) + "/books", new LinkedHashMap<>(), paging),
                BookBody.class,
                BookBody::details);
    }

    // Many books at once

    /** Posts the file, then follows the import at its {@code Location} until it has ended. */
    @Override
    public ImportReport importBooks(String format, String content) {
        String mediaType = format.equals("goodreads") ? "text/csv" : "application/x-ndjson";
        Answer started = exchange(
                request("/api/imports")
                        .header("Content-Type", mediaType)
                        .POST(BodyPublishers.ofString(content, StandardCharsets.UTF_8)),
                202);
        String location = started.response()
                .headers()
                .firstValue("Location")
                .orElseThrow(() -> started.broken("it has no Location"));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Answer answer = exchange(request(location).GET(), 200);
            ImportBody job = answer.read(ImportBody.class);
            if (job.state().equals("done")) {
                return job.report();
            }
            if (!job.state().equals("running") || System.nanoTime() > deadline) {
                throw answer.broken("the import did not end as done");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while following " + location, e);
            }
        }
    }

    @Override
    public String export() {
        Answer answer = exchange(
                request("/api/exports/books.jsonl")
                        .setHeader("Accept", JSON_LINES)
                        .GET(),
                200);
        if (!answer.response().headers().firstValue("Content-Type").orElse("").startsWith(JSON_LINES)) {
            throw answer.broken("the export is not JSON Lines");
        }
        return answer.response().body();
    }

    // Paths, requests and answers

    /**
     * Ids are handed out by the catalogue as numbers; parsing them first keeps anything else out of the
     * path and fails as the use-case driver does on an id it cannot have been given.
     */
    private static long id(String id) {
        return Long.parseLong(id);
    }

    private static String bookPath(String bookId) {
        return "/api/books/" + id(bookId);
    }

    private static String authorPath(String authorId) {
        return "/api/authors/" + id(authorId);
    }

    private static String creditPath(String bookId, String authorId) {
        return bookPath(bookId) + "/authors/" + id(authorId);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(service.resolve(pathAndQuery))
                .timeout(PATIENCE)
                .header("Accept", JSON + ", " + PROBLEM_JSON);
    }

    /** The entity tag of the book as the copy shows it; {@code null} for no copy. */
    private static String etag(BookCopy copy) {
        return copy == null ? null : "\"" + copy.book().version() + "." + copy.authorsVersion() + "\"";
    }

    /** A request with a JSON body, and with {@code If-Match} when an entity tag is expected. */
    private HttpRequest.Builder withBody(String method, String path, Map<String, Object> body, String ifMatch) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", JSON)
                .method(method, BodyPublishers.ofString(MAPPER.writeValueAsString(body), StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    /** The request with {@code Idempotency-Key}, when a key is given. */
    private static HttpRequest.Builder underKey(String key, HttpRequest.Builder request) {
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    /** A page of a listing; criteria that are {@code null} are left out, like the page size and marker. */
    private Answer readPage(String path, Map<String, Object> query, Paging paging) {
        query.put("limit", paging.size());
        query.put("cursor", paging.marker());
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, value) -> {
            if (value != null) {
                String encoded = URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)
                        .replace("+", "%20");
                parameters.add(name + "=" + encoded);
            }
        });
        return exchange(request(path + parameters).GET(), 200);
    }

    /** Sends the request; answers when its status is one of {@code expected}, throws otherwise. */
    private Answer exchange(HttpRequest.Builder builder, int... expected) {
        HttpRequest request = withCredentials(builder.build());
        HttpResponse<String> response;
        try {
            response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(describe(request) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(describe(request) + " was interrupted", e);
        }
        Answer answer = new Answer(request, response);
        if (Arrays.stream(expected).anyMatch(status -> status == response.statusCode())) {
            return answer;
        }
        throw answer.refusal();
    }

    /**
     * Reads go out without a token (the catalogue is public to read); writes with the editor's token, and
     * deleting an author, which only an admin may, with the admin's.
     */
    private HttpRequest withCredentials(HttpRequest request) {
        if (request.method().equals("GET")) {
            return request;
        }
        boolean deletesAuthor =
                request.method().equals("DELETE") && request.uri().getPath().matches("/api/authors/[^/]+");
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", "Bearer " + (deletesAuthor ? callers.adminToken() : callers.editorToken()))
                .build();
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }

    private static AuthorDetails author(Answer answer) {
        AuthorBody author = answer.read(AuthorBody.class);
        answer.requireEtag(author.version());
        return author.details();
    }

    private static BookDetails book(Answer answer) {
        BookBody book = answer.read(BookBody.class);
        answer.bookEtag(book.version());
        return book.details();
    }

    private static <B, T> Listing<T> listing(Answer page, Class<B> itemBody, Function<B, T> details) {
        PageBody<B> body = page.read(MAPPER.getTypeFactory().constructParametricType(PageBody.class, itemBody));
        return new Listing<>(body.items().stream().map(details).toList(), body.nextCursor(), body.suggestions());
    }

    /** One response, with the request it answers. */
    private record Answer(HttpRequest request, HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        <T> T read(Class<T> type) {
            return read(MAPPER.constructType(type));
        }

        <T> T read(JavaType type) {
            try {
                return MAPPER.readValue(response.body(), type);
            } catch (RuntimeException e) {
                throw broken("the body is not a " + type.getRawClass().getSimpleName() + " as documented: "
                        + e.getMessage());
            }
        }

        /** Every answer that is one author has an {@code ETag}: the version in the body, quoted. */
        void requireEtag(long version) {
            String etag = response.headers().firstValue("ETag").orElse(null);
            if (!("\"" + version + "\"").equals(etag)) {
                throw broken("the ETag " + etag + " is not the version in the body, " + version);
            }
        }

        /**
         * Every answer that is one book has an {@code ETag}: the version in the body, a dot and its credited
         * authors' version, quoted. Answers the authors' version.
         */
        long bookEtag(long version) {
            String etag = response.headers().firstValue("ETag").orElse("");
            Matcher tag = BOOK_ETAG.matcher(etag);
            if (!tag.matches() || !tag.group(1).equals(Long.toString(version))) {
                throw broken("the ETag " + etag + " is not the version in the body, " + version
                        + ", and the credited authors' version");
            }
            return Long.parseLong(tag.group(2));
        }

        /** The refusal this problem stands for; anything that is not one of the API's problems is a breakage. */
        RuntimeException refusal() {
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM_JSON)) {
                return broken("the answer is not a problem");
            }
            JsonNode body = MAPPER.readTree(response.body());
            Problem problem = PROBLEMS.get(body.path("type").asString(""));
            if (problem == null || problem.status() != status()) {
                return broken("the answer is not a refusal the catalogue knows");
            }
            Set<String> fields = new LinkedHashSet<>();
            if (problem.outcome() == Outcome.INVALID) {
                body.path("errors")
                        .values()
                        .forEach(error ->
                                fields.add(fieldName(error.path("field").asString(""))));
            }
            return new CatalogueRefusal(
                    problem.outcome(),
                    fields,
                    describe(request) + " answered " + status() + ": "
                            + body.path("detail").asString(""),
                    null);
        }

        /** An offending field named as the use cases name it. */
        private String fieldName(String apiName) {
            if (apiName.equals("author_ids") || apiName.startsWith("author_ids[")) {
                return "authors";
            }
            if (apiName.equals("id")) {
                return request.uri().getPath().startsWith("/api/books/") ? "book_id" : "author_id";
            }
            return apiName;
        }

        private IllegalStateException broken(String what) {
            return new IllegalStateException(describe(request) + " answered " + status() + ", and " + what + ": "
                    + response.headers().map() + " " + response.body());
        }
    }

    private record Problem(int status, Outcome outcome) {}

    // The JSON the API answers with

    record AuthorBody(long id, String name, long version) {

        AuthorDetails details() {
            return new AuthorDetails(Long.toString(id), name, version);
        }
    }

    record CreditedAuthorBody(long id, String name) {

        AuthorRef ref() {
            return new AuthorRef(Long.toString(id), name);
        }
    }

    record BookBody(
            long id, String title, String isbn, Integer publishedYear, List<CreditedAuthorBody> authors, long version) {

        BookDetails details() {
            return new BookDetails(
                    Long.toString(id),
                    title,
                    isbn,
                    publishedYear,
                    authors.stream().map(CreditedAuthorBody::ref).toList(),
                    version);
        }
    }

    record PageBody<T>(List<T> items, String nextCursor, List<String> suggestions) {}

    record ImportBody(
            long id,
            String state,
            long rows,
            long booksCreated,
            long authorsCreated,
            long linksCreated,
            long alreadyPresent,
            long rejected,
            List<RejectedRowBody> errors,
            String failure) {

        ImportReport report() {
            return new ImportReport(
                    rows,
                    booksCreated,
                    authorsCreated,
                    linksCreated,
                    alreadyPresent,
                    rejected,
                    errors.stream()
                            .map(error -> new ImportReport.RefusedLine(error.line(), error.message()))
                            .toList());
        }
    }

    record RejectedRowBody(long line, String message) {}
}
