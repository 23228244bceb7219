package org.bookshelf.adapter.web;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.bookshelf.application.model.Registration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * How the API answers with one kind of resource, such as authors: the collection new ones are created in,
 * what their {@code ETag} stands for, and their JSON body.
 *
 * @param collectionPath where new resources of the kind are created, such as {@code /api/authors}
 * @param tags           how the kind writes and reads its entity tags
 * @param tagged         what a resource's entity tag stands for
 * @param id             a resource's id, the last segment of its URL
 * @param body           a resource's JSON body
 * @param <T>            a resource as the use cases answer it
 * @param <V>            what its entity tag stands for
 * @param <B>            its JSON body
 */
record ResourceKind<T, V, B>(
        String collectionPath,
        EntityTagFormat<V> tags,
        Function<T, V> tagged,
        ToLongFunction<T> id,
        Function<T, B> body) {

    /** The resource's {@code ETag}. */
    String etag(T resource) {
        return tags.etag(tagged.apply(resource));
    }

    /** {@code status} with the resource's {@code ETag}, and the resource ({@link ResourceHeaders#withEtag}). */
    ResponseEntity<B> answer(HttpStatus status, T resource) {
        return ResourceHeaders.withEtag(status, etag(resource), body.apply(resource));
    }

    /**
     * 201 with the registered resource's {@code Location} and {@code ETag}, and the resource; marked as replayed
     * when an earlier request with the same key registered it ({@link IdempotencyKeyHeader#answer}).
     */
    ResponseEntity<B> registered(Registration<T> registration) {
        T resource = registration.registered();
        return IdempotencyKeyHeader.answer(
                registration,
                ResourceHeaders.created(
                        collectionPath, id.applyAsLong(resource), etag(resource), body.apply(resource)));
    }

    /**
     * What the change must find the resource at, or {@code null} when anything will do
     * ({@link IfMatch#expected}); {@code current} reads the resource only when the header does not tell.
     */
    V expected(IfMatch precondition, Supplier<T> current) {
        return precondition.expected(tags, () -> tagged.apply(current.get()));
    }
}
