package org.bookshelf.adapter.web;

import java.net.URI;
import org.bookshelf.application.model.PageRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The headers and paging parameters every resource of the API shares. */
final class ResourceHeaders {

    static final String DEFAULT_LIMIT = "" + PageRequest.DEFAULT_LIMIT;

    private ResourceHeaders() {
    }

    /** The {@code ETag} of a resource at this version: the version, quoted. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The absolute URL of a resource created under {@code collectionPath}, for {@code Location}. */
    static URI location(String collectionPath, long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(collectionPath).path("/{id}")
                .buildAndExpand(id).toUri();
    }

    /** The page a listing request asks for; notes a bad {@code limit} in {@code values}. */
    static PageRequest page(RequestValues values, int limit, String cursor) {
        return values.required("limit", limit, given -> new PageRequest(given, cursor));
    }
}
