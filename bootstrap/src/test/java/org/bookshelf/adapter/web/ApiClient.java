package org.bookshelf.adapter.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A small HTTP client for the running service; every exchange is handed to the listeners. */
final class ApiClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final List<Consumer<ApiResponse>> listeners;
    private final String authorization;

    ApiClient(URI base) {
        this(base, new ArrayList<>(), null);
    }

    private ApiClient(URI base, List<Consumer<ApiResponse>> listeners, String authorization) {
        this.base = base;
        this.listeners = listeners;
        this.authorization = authorization;
    }

    /** This client, sending {@code Authorization: value} unless a request names its own; {@code null} for none. */
    ApiClient withAuthorization(String value) {
        return new ApiClient(base, listeners, value);
    }

    /** The service this client talks to. */
    URI base() {
        return base;
    }

    ApiClient onResponse(Consumer<ApiResponse> listener) {
        listeners.add(listener);
        return this;
    }

    ApiResponse get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    ApiResponse post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    ApiResponse patch(String path, String json, String... headers) {
        return send("PATCH", path, json, headers);
    }

    ApiResponse put(String path, String json, String... headers) {
        return send("PUT", path, json, headers);
    }

    ApiResponse delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /** Sends {@code json} (when not null) as {@code application/json} unless a Content-Type header is given. */
    ApiResponse send(String method, String path, String json, String... headers) {
        BodyPublisher body =
                json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        return send(method, path, body, json != null, headers);
    }

    /** Sends {@code bytes} without a Content-Length, in chunks. */
    ApiResponse sendChunked(String method, String path, byte[] bytes, String... headers) {
        return send(method, path, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)), true, headers);
    }

    private ApiResponse send(String method, String path, BodyPublisher body, boolean hasBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        boolean contentType = false;
        boolean authorizationGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            contentType |= headers[i].equalsIgnoreCase("Content-Type");
            authorizationGiven |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (authorization != null && !authorizationGiven) {
            request.header("Authorization", authorization);
        }
        if (hasBody && !contentType) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpRequest sent = request.build();
            ApiResponse response = new ApiResponse(method, sent.uri(), http.send(sent, BodyHandlers.ofString()));
            listeners.forEach(listener -> listener.accept(response));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
