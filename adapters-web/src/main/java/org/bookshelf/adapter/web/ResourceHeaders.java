package org.bookshelf.adapter.web;

import java.net.URI;
import org.bookshelf.application.model.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The headers and paging parameters every resource of the API shares. */
final class ResourceHeaders {

    static final String DEFAULT_LIMIT = "" + PageRequest.DEFAULT_LIMIT;

    private ResourceHeaders() {
    }

    /** The absolute URL of a resource created under {@code collectionPath}, for {@code Location}. */
    static URI location(String collectionPath, long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(collectionPath).path("/{id}")
                .buildAndExpand(id).toUri();
    }

    /** 201 with the new resource's {@code Location} and {@code ETag}, and the resource. */
    static <T> ResponseEntity<T> created(String collectionPath, long id, String etag, T body) {
        return ResponseEntity.created(location(collectionPath, id)).eTag(etag).body(body);
    }

    /**
     * {@code status} with the resource's {@code ETag}, and the resource. A 200 answering a {@code GET} whose
     * {@code If-None-Match} names the tag becomes a bodiless 304 (Spring MVC's conditional request handling).
     */
    static <T> ResponseEntity<T> withEtag(HttpStatus status, String etag, T body) {
        return ResponseEntity.status(status).eTag(etag).body(body);
    }

    /** The page a listing request asks for; notes a bad {@code limit} in {@code values}. */
    static PageRequest page(RequestValues values, int limit, String cursor) {
        return values.required("limit", limit, given -> new PageRequest(given, cursor));
    }
}
