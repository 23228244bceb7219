package org.bookshelf.features.driver;

/**
 * Why the catalogue refused a request, as far as a client can tell. Each stack maps its own signals
 * onto these kinds: the use cases by exception type, HTTP by status code and problem type.
 */
public enum Outcome {

    /** The book or author named in the request is not in the catalogue (HTTP: 404). */
    NOT_FOUND,

    /** A value breaks a rule of the catalogue: the refusal names the offending fields (HTTP: 400 or 422). */
    INVALID,

    /** The book or author is no longer as the request expected it, at its version or as copied (HTTP: 412). */
    STALE_VERSION,

    /** The author cannot be deleted while a book credits them (HTTP: 409). */
    STILL_CREDITED,

    /** An author listed to be credited is not in the catalogue (HTTP: 422). */
    UNKNOWN_AUTHOR,

    /** Another book already has the ISBN (HTTP: 409). */
    DUPLICATE_ISBN,

    /** The book already credits the most authors allowed, so another cannot be credited (HTTP: 409). */
    AUTHORSHIP_FULL,

    /** The key a registration was sent under came before with another registration (HTTP: 422). */
    KEY_REUSED,

    /** What the key a registration was sent under registered has been deleted since (HTTP: 410). */
    GONE
}
