package org.bookshelf.adapter.web;

/** No entity tag of the request's {@code If-Match} names the resource's current version (answered 412). */
final class PreconditionFailedException extends RuntimeException {

    PreconditionFailedException(String message) {
        super(message, null, false, false);
    }
}
