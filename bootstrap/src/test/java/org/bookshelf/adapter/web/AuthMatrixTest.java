package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookshelf.adapter.web.Problems.assertProblem;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bookshelf.adapter.web.security.AccessSettings;
import org.bookshelf.adapter.web.security.AccessSettings.JwtSettings;
import org.bookshelf.adapter.web.security.Role;
import org.bookshelf.adapter.web.security.TokenFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint, asked by every kind of caller, answers what the roles say: public endpoints (the catalogue
 * page at {@code /} among them) always answer, reads are public, metrics need a valid token, writes need
 * {@code editor}, deleting an author {@code admin}; credentials that are not a valid bearer token are a 401
 * everywhere but on the always-public endpoints; a refused request changes nothing.
 */
class AuthMatrixTest {

    private static final IdentityProvider IDENTITY_PROVIDER = new IdentityProvider();

    @RegisterExtension
    static final RunningService SERVICE = new RunningService(settings -> settings.withAccess(new AccessSettings(
            true,
            true,
            settings.access().tokensFile(),
            new JwtSettings(IDENTITY_PROVIDER.issuer(), null, IdentityProvider.AUDIENCE, "roles"))));

    private static final AtomicInteger CASES = new AtomicInteger();

    @AfterAll
    static void stopIdentityProvider() {
        IDENTITY_PROVIDER.close();
    }

    /** Who asks: the {@code Authorization} header sent (or none), and what it should be taken for. */
    record Caller(String name, Role role, boolean invalid) {

        String authorization() {
            TokenFile tokens = new TokenFile(SERVICE.tokens().file());
            Instant now = Instant.now();
            return switch (name) {
                case "anonymous" -> null;
                case "reader", "editor", "admin" -> SERVICE.tokens().bearer(role);
                case "revoked token" -> {
                    String token = tokens.add("revoked-" + CASES.incrementAndGet(), Role.ADMIN);
                    tokens.revoke("revoked-" + CASES.get());
                    yield "Bearer " + token;
                }
                case "malformed header" -> "Bearer not a token!";
                case "other scheme" -> "Basic dXNlcjpwYXNzd29yZA==";
                case "JWT editor" -> "Bearer " + IDENTITY_PROVIDER.token("alice", List.of("editor"));
                case "expired JWT" ->
                    "Bearer "
                            + IDENTITY_PROVIDER.token(
                                    "alice",
                                    List.of("admin"),
                                    claims -> claims.issueTime(Date.from(now.minus(Duration.ofHours(2))))
                                            .expirationTime(Date.from(now.minus(Duration.ofHours(1)))));
                case "JWT for another audience" ->
                    "Bearer "
                            + IDENTITY_PROVIDER.token(
                                    "alice", List.of("admin"), claims -> claims.audience("another-service"));
                case "JWT of another issuer" ->
                    "Bearer "
                            + IDENTITY_PROVIDER.token(
                                    "alice",
                                    List.of("admin"),
                                    claims -> claims.issuer("https://login.example.org/realms/staff"));
                default -> throw new IllegalArgumentException(name);
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", null, false),
            new Caller("reader", Role.READER, false),
            new Caller("editor", Role.EDITOR, false),
            new Caller("admin", Role.ADMIN, false),
            new Caller("JWT editor", Role.EDITOR, false),
            new Caller("revoked token", null, true),
            new Caller("malformed header", null, true),
            new Caller("other scheme", null, true),
            new Caller("expired JWT", null, true),
            new Caller("JWT for another audience", null, true),
            new Caller("JWT of another issuer", null, true));

    /** An import each service's admin started once, for the cases that read one. */
    private static final Map<URI, Long> IMPORTS = new ConcurrentHashMap<>();

    /** The resources each case works on, made afresh by the admin (the import only once per service). */
    record Fixture(long credited, long uncredited, long book, long anImport, String unique) {

        static Fixture create(ApiClient admin) {
            String unique = "case " + CASES.incrementAndGet();
            long credited = admin.post("/api/authors", "{\"name\":\"Credited " + unique + "\"}")
                    .id();
            long uncredited = admin.post("/api/authors", "{\"name\":\"Uncredited " + unique + "\"}")
                    .id();
            long book = admin.post(
                            "/api/books", "{\"title\":\"Book " + unique + "\",\"author_ids\":[" + credited + "]}")
                    .id();
            long anImport = IMPORTS.computeIfAbsent(
                    admin.base(),
                    service -> admin.post(
                                    "/api/imports",
                                    "{\"title\":\"Imported once\"}\n",
                                    "Content-Type",
                                    "application/x-ndjson")
                            .id());
            return new Fixture(credited, uncredited, book, anImport, unique);
        }

        /** What a refused request must have left as it was. */
        List<String> state(ApiClient admin) {
            return List.of(
                    admin.get("/api/books/" + book).body(),
                    admin.get("/api/authors/" + credited).body(),
                    admin.get("/api/authors/" + uncredited).body(),
                    admin.get("/api/authors?q=" + unique.replace(' ', '+')).body(),
                    admin.get("/api/books?q=" + unique.replace(' ', '+')).body());
        }
    }

    /** An endpoint, the role it needs ({@code null}: none), what it answers when allowed, and its body's type. */
    record Endpoint(
            String method,
            String path,
            String body,
            Role needs,
            boolean alwaysPublic,
            int success,
            String contentType) {

        Endpoint(String method, String path, String body, Role needs, boolean alwaysPublic, int success) {
            this(method, path, body, needs, alwaysPublic, success, "application/json");
        }

        String path(Fixture fixture) {
            return path.replace("{book}", "" + fixture.book())
                    .replace("{credited}", "" + fixture.credited())
                    .replace("{uncredited}", "" + fixture.uncredited())
                    .replace("{import}", "" + fixture.anImport());
        }

        String body(Fixture fixture) {
            return body == null
                    ? null
                    : body.replace("{unique}", fixture.unique()).replace("{credited}", "" + fixture.credited());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/health", null, null, true, 200),
            new Endpoint("GET", "/health/live", null, null, true, 200),
            new Endpoint("GET", "/health/ready", null, null, true, 200),
            // Any valid token: every role includes reader.
            new Endpoint("GET", "/metrics", null, Role.READER, false, 200),
            new Endpoint("GET", "/api/openapi.yaml", null, null, true, 200),
            new Endpoint("GET", "/api/docs", null, null, true, 302),
            new Endpoint("GET", "/", null, null, true, 200),
            new Endpoint("GET", "/api/authors", null, null, false, 200),
            new Endpoint("GET", "/api/authors/{credited}", null, null, false, 200),
            new Endpoint("GET", "/api/authors/{credited}/books", null, null, false, 200),
            new Endpoint("GET", "/api/books", null, null, false, 200),
            new Endpoint("GET", "/api/books/{book}", null, null, false, 200),
            new Endpoint("GET", "/api/books/{book}/authors", null, null, false, 200),
            new Endpoint("POST", "/api/authors", "{\"name\":\"New {unique}\"}", Role.EDITOR, false, 201),
            new Endpoint(
                    "PATCH", "/api/authors/{credited}", "{\"name\":\"Renamed {unique}\"}", Role.EDITOR, false, 200),
            new Endpoint("DELETE", "/api/authors/{uncredited}", null, Role.ADMIN, false, 204),
            new Endpoint("POST", "/api/books", "{\"title\":\"New {unique}\"}", Role.EDITOR, false, 201),
            new Endpoint("PATCH", "/api/books/{book}", "{\"title\":\"Retitled {unique}\"}", Role.EDITOR, false, 200),
            new Endpoint("DELETE", "/api/books/{book}", null, Role.EDITOR, false, 204),
            new Endpoint("PUT", "/api/books/{book}/authors", "{\"author_ids\":[]}", Role.EDITOR, false, 200),
            new Endpoint("PUT", "/api/books/{book}/authors/{uncredited}", null, Role.EDITOR, false, 201),
            new Endpoint("DELETE", "/api/books/{book}/authors/{credited}", null, Role.EDITOR, false, 204),
            new Endpoint(
                    "POST",
                    "/api/imports",
                    "{\"title\":\"Imported {unique}\"}\n",
                    Role.EDITOR,
                    false,
                    202,
                    "application/x-ndjson"),
            new Endpoint("GET", "/api/imports/{import}", null, null, false, 200),
            new Endpoint("GET", "/api/exports/books.jsonl", null, null, false, 200),
            new Endpoint("GET", "/api/backup", null, Role.ADMIN, false, 200));

    static Stream<Arguments> everyEndpointAndCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : CALLERS) {
                cases.add(Arguments.of(endpoint, caller, expected(endpoint, caller)));
            }
        }
        return cases.stream();
    }

    private static int expected(Endpoint endpoint, Caller caller) {
        if (endpoint.alwaysPublic()) {
            return endpoint.success();
        }
        if (caller.invalid()) {
            return 401;
        }
        if (endpoint.needs() == null) {
            return endpoint.success();
        }
        if (caller.role() == null) {
            return 401;
        }
        return caller.role().compareTo(endpoint.needs()) >= 0 ? endpoint.success() : 403;
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("everyEndpointAndCaller")
    void answersWhatTheRolesSay(Endpoint endpoint, Caller caller, int expected) {
        ApiClient admin = SERVICE.api();
        Fixture fixture = Fixture.create(admin);
        List<String> before = fixture.state(admin);

        ApiResponse response = admin.withAuthorization(caller.authorization())
                .send(
                        endpoint.method(),
                        endpoint.path(fixture),
                        endpoint.body(fixture),
                        "Content-Type",
                        endpoint.contentType());

        assertThat(response.status()).as(response + " " + response.body()).isEqualTo(expected);
        if (expected == 401) {
            assertProblem(response, 401, "urn:bookshelf:problem:unauthenticated");
            assertThat(response.header("WWW-Authenticate"))
                    .hasValueSatisfying(challenge -> assertThat(challenge)
                            .startsWith("Bearer realm=\"bookshelf\"")
                            .doesNotContain(response.uri().getHost()));
        }
        if (expected == 403) {
            assertProblem(response, 403, "urn:bookshelf:problem:forbidden");
        }
        if (expected == 401 || expected == 403) {
            assertThat(fixture.state(admin))
                    .as("a refused request changes nothing")
                    .isEqualTo(before);
        }
        assertThat(response.header("Set-Cookie")).as("no sessions").isEmpty();
    }

    @Test
    void aJwtThatCannotBeCheckedBecauseTheIdentityProviderIsDownIs503NotAFailure() {
        RunningService providerDown = new RunningService(settings -> settings.withAccess(new AccessSettings(
                true,
                true,
                settings.access().tokensFile(),
                new JwtSettings(
                        URI.create("http://127.0.0.1:1/realms/staff"), null, IdentityProvider.AUDIENCE, "roles"))));
        providerDown.beforeAll(null);
        try {
            ApiClient api = providerDown.api();
            ApiResponse refused = api.withAuthorization("Bearer " + IDENTITY_PROVIDER.token("alice", List.of("editor")))
                    .post("/api/authors", "{\"name\":\"Unchecked\"}");

            assertProblem(refused, 503, "urn:bookshelf:problem:identity-provider-unavailable");
            assertThat(refused.header("Retry-After")).isPresent();
            assertThat(api.get("/api/authors?name=Unchecked").json().get("items"))
                    .isEmpty();
            assertThat(api.post("/api/authors", "{\"name\":\"Opaque Still Works\"}")
                            .status())
                    .isEqualTo(201);
        } finally {
            providerDown.afterAll(null);
        }
    }

    @Test
    void readsNeedAReaderWhenReadAccessIsByToken() {
        RunningService tokenReads = new RunningService(settings -> settings.withAccess(
                new AccessSettings(true, false, settings.access().tokensFile(), null)));
        tokenReads.beforeAll(null);
        try {
            ApiClient admin = tokenReads.api();
            Fixture fixture = Fixture.create(admin);
            for (Endpoint endpoint : ENDPOINTS.stream()
                    .filter(e -> e.method().equals("GET") && e.needs() != Role.ADMIN)
                    .toList()) {
                String path = endpoint.path(fixture);
                int anonymous = admin.withAuthorization(null).get(path).status();
                int reader = admin.withAuthorization(tokenReads.tokens().bearer(Role.READER))
                        .get(path)
                        .status();
                assertThat(anonymous)
                        .as("anonymous " + endpoint)
                        .isEqualTo(endpoint.alwaysPublic() ? endpoint.success() : 401);
                assertThat(reader).as("reader " + endpoint).isEqualTo(endpoint.success());
            }
        } finally {
            tokenReads.afterAll(null);
        }
    }
}
