package org.bookshelf.application.exception;

import org.bookshelf.domain.AuthorId;

/** An author cannot be deleted while books credit them, unless the caller asks to unlink them first. */
public class AuthorStillCreditedException extends BookshelfException {

    private final AuthorId authorId;
    private final long bookCount;

    public AuthorStillCreditedException(AuthorId authorId, long bookCount) {
        super("author " + authorId + " is still credited on " + bookCount + (bookCount == 1 ? " book" : " books")
                + "; remove the credits or delete with unlink");
        this.authorId = authorId;
        this.bookCount = bookCount;
    }

    public AuthorId authorId() {
        return authorId;
    }

    /** How many books credited the author when the delete was refused. */
    public long bookCount() {
        return bookCount;
    }
}
