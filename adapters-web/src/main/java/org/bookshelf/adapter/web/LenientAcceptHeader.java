package org.bookshelf.adapter.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Reads {@code Accept} as Spring MVC does, except that a header which is not a list of media types
 * ({@code Accept: ;;;/}, a quality of {@code q=abc}) counts as no {@code Accept} at all, any media type,
 * as RFC 9110 allows. Spring would refuse it with 406 and then fail to write the problem for that very
 * header, leaving an empty 406.
 */
final class LenientAcceptHeader extends HeaderContentNegotiationStrategy {

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
        try {
            return super.resolveMediaTypes(request);
        } catch (HttpMediaTypeNotAcceptableException unparseable) {
            return MEDIA_TYPE_ALL_LIST;
        }
    }
}
