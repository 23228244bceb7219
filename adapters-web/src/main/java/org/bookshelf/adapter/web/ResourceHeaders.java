package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.bookshelf.application.model.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The headers and paging parameters every resource of the API shares. */
final class ResourceHeaders {

    static final String DEFAULT_LIMIT = "" + PageRequest.DEFAULT_LIMIT;

    /** The servlet context attribute holding the service's public URL, without trailing slash, if one is configured. */
    static final String PUBLIC_URL_ATTRIBUTE = ResourceHeaders.class.getName() + ".publicUrl";

    private ResourceHeaders() {}

    /**
     * The URL of a resource created under {@code collectionPath}, for {@code Location}: under the service's
     * public URL when one is configured ({@link BookshelfWebInitializer}), else relative to the host
     * ({@code /api/books/7}). Never built from the request's {@code Host} header, which any client can forge.
     */
    static URI location(String collectionPath, long id) {
        String path = collectionPath + "/" + id;
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        Object publicUrl = request.getServletContext().getAttribute(PUBLIC_URL_ATTRIBUTE);
        return URI.create(publicUrl == null ? path : publicUrl + path);
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
