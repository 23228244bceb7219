package org.bookshelf.adapter.web;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The served OpenAPI document, read from the class path, and the checks that hold real responses to it:
 * the status is documented for the operation, the content type is the documented one, the documented
 * headers are there (unless documented {@code required: false}) and match, and the body validates against
 * the documented schema.
 */
final class OpenApiDocument {

    static final String RESOURCE = ApiDocsController.OPENAPI_RESOURCE;
    private static final String LOCATION = "classpath:" + RESOURCE;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;
    private static final String JSON_LINES = "application/x-ndjson";

    private final SchemaRegistry schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31());
    private final Map<String, Schema> schemaCache = new ConcurrentHashMap<>();

    OpenApiDocument() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            document = YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode root() {
        return document;
    }

    /** Every documented operation, as {@code "GET /api/books/{id}"}. */
    Set<String> operations() {
        Set<String> operations = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    operations.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    /** The documented statuses of an operation. */
    Set<String> statuses(String operation) {
        Set<String> statuses = new LinkedHashSet<>();
        operationNode(operation).get("responses").propertyNames().forEach(statuses::add);
        return statuses;
    }

    /** The documented operation a request path falls under, such as {@code "GET /api/books/{id}"}. */
    Optional<String> operationFor(String method, String requestPath) {
        for (String operation : operations()) {
            String[] parts = operation.split(" ", 2);
            if (parts[0].equalsIgnoreCase(method)
                    && template(parts[1]).matcher(requestPath).matches()) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with this real response according to the document; empty when it conforms. */
    List<String> violations(ApiResponse response) {
        List<String> violations = new ArrayList<>();
        String path = response.uri().getRawPath();
        Optional<String> operation = operationFor(response.method(), path);
        if (operation.isEmpty()) {
            violations.add("no documented operation for " + response.method() + " " + path);
            return violations;
        }
        JsonNode responses = operationNode(operation.get()).get("responses");
        JsonNode documented = responses.get(Integer.toString(response.status()));
        if (documented == null) {
            violations.add(operation.get() + " does not document status " + response.status());
            return violations;
        }
        documented = resolve(documented);
        checkHeaders(documented, response, violations);
        JsonNode content = documented.get("content");
        if (content == null) {
            if (!response.body().isEmpty()) {
                violations.add(
                        operation.get() + " " + response.status() + " documents no body, got " + response.body());
            }
            return violations;
        }
        MediaType mediaType = MediaType.parseMediaType(response.contentType());
        JsonNode media = documentedMedia(content, mediaType);
        if (media == null) {
            violations.add(operation.get() + " " + response.status() + " documents " + content.propertyNames()
                    + ", got " + mediaType);
            return violations;
        }
        if (mediaType.equalsTypeAndSubtype(MediaType.parseMediaType(JSON_LINES))) {
            // The schema is each line's: JSON Lines are one JSON value a line.
            Schema line = schemaOf(media.get("schema").get("x-line-schema"));
            response.body()
                    .lines()
                    .forEach(json -> line.validate(json, InputFormat.JSON)
                            .forEach(
                                    error -> violations.add(operation.get() + " " + response.status() + ": " + error)));
        } else if (mediaType.getSubtype().endsWith("json")) {
            for (Error error : schemaOf(media.get("schema")).validate(response.body(), InputFormat.JSON)) {
                violations.add(operation.get() + " " + response.status() + ": " + error);
            }
        }
        return violations;
    }

    /**
     * The documented content of the response's media type: the same type and subtype, and each parameter the
     * document names (such as {@code version=0.0.4}) with the same value; other parameters ({@code charset}) may
     * be added. {@code null} when none is documented.
     */
    private static JsonNode documentedMedia(JsonNode content, MediaType actual) {
        for (Map.Entry<String, JsonNode> entry : content.properties()) {
            MediaType documented = MediaType.parseMediaType(entry.getKey());
            boolean sameParameters = documented.getParameters().entrySet().stream()
                    .allMatch(parameter ->
                            parameter.getValue().equalsIgnoreCase(actual.getParameter(parameter.getKey())));
            if (documented.equalsTypeAndSubtype(actual) && sameParameters) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** What is wrong with {@code json} according to the component schema {@code name}. */
    List<String> violations(String componentSchema, String json) {
        return componentSchema(componentSchema).validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    private void checkHeaders(JsonNode documented, ApiResponse response, List<String> violations) {
        JsonNode headers = documented.get("headers");
        Set<String> declared = new LinkedHashSet<>();
        if (headers != null) {
            for (Map.Entry<String, JsonNode> header : headers.properties()) {
                declared.add(header.getKey().toLowerCase());
                JsonNode documentedHeader = resolve(header.getValue());
                Optional<String> value = response.header(header.getKey());
                if (value.isEmpty()) {
                    if (!isOptional(documentedHeader)) {
                        violations.add("missing header " + header.getKey() + " in " + response);
                    }
                    continue;
                }
                JsonNode pattern = documentedHeader.get("schema").get("pattern");
                if (pattern != null
                        && !Pattern.compile(pattern.asString())
                                .matcher(value.get())
                                .find()) {
                    violations.add(
                            "header " + header.getKey() + ": " + value.get() + " does not match " + pattern.asString());
                }
            }
        }
        for (String meaningful : List.of("etag", "location")) {
            if (response.header(meaningful).isPresent() && !declared.contains(meaningful)) {
                violations.add("undocumented header " + meaningful + " in " + response);
            }
        }
    }

    /** Whether the document says outright that the header may be absent ({@code required: false}). */
    private static boolean isOptional(JsonNode header) {
        JsonNode required = header.get("required");
        return required != null && !required.asBoolean();
    }

    private Schema schemaOf(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null || !ref.asString().startsWith("#/components/schemas/")) {
            throw new IllegalStateException("response schemas must be $refs to components: " + schema);
        }
        return componentSchema(ref.asString().substring("#/components/schemas/".length()));
    }

    private Schema componentSchema(String name) {
        return schemaCache.computeIfAbsent(name, key -> {
            Schema schema = schemas.getSchema(SchemaLocation.of(LOCATION + "#/components/schemas/" + key));
            schema.initializeValidators();
            return schema;
        });
    }

    private JsonNode operationNode(String operation) {
        String[] parts = operation.split(" ", 2);
        return document.get("paths").get(parts[1]).get(parts[0].toLowerCase());
    }

    /** Follows a local {@code $ref} such as {@code #/components/responses/InvalidRequest}. */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        JsonNode target = document;
        Iterator<String> names = List.of(ref.asString().substring(2).split("/")).iterator();
        while (names.hasNext()) {
            target = target.get(names.next());
        }
        return target;
    }

    private static Pattern template(String pathTemplate) {
        return Pattern.compile(Pattern.quote(pathTemplate).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }
}
