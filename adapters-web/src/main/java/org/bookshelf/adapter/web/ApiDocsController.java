package org.bookshelf.adapter.web;

import java.net.URI;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's description: {@code /api/openapi.yaml}, and Swagger UI at {@code /api/docs}. */
@RestController
class ApiDocsController {

    static final String OPENAPI_RESOURCE = "org/bookshelf/adapter/web/openapi.yaml";
    static final String YAML = "application/yaml";
    static final String DOCS_PATH = "/api/docs";

    @GetMapping(path = "/api/openapi.yaml", produces = YAML)
    Resource openApi() {
        return new ClassPathResource(OPENAPI_RESOURCE);
    }

    @GetMapping({DOCS_PATH, DOCS_PATH + "/"})
    ResponseEntity<Void> docs() {
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(DOCS_PATH + "/index.html"))
                .build();
    }
}
