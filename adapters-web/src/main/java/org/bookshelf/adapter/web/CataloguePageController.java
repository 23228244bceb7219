package org.bookshelf.adapter.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue page for people: {@code /} answers its HTML, {@code /page/…} its modules and styles (a
 * resource handler, see {@link WebConfiguration}). The page is a client of the REST API like any other: it
 * reads and writes through {@code /api} with the token its user signs in with, so the API's rules hold.
 */
@RestController
class CataloguePageController {

    static final String ASSETS_PATH = "/page";
    static final String ASSETS_LOCATION = "classpath:/org/bookshelf/adapter/web/page/";
    private static final String INDEX = "org/bookshelf/adapter/web/page/index.html";

    @GetMapping("/")
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(new ClassPathResource(INDEX));
    }
}
