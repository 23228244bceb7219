package org.bookshelf.application.model;

/**
 * A row of an import refused, and why. Nothing of it was written.
 *
 * @param line    where the row starts in the file, counting from 1
 * @param message the reason, in the catalogue's words
 */
public record RowRejection(long line, String message) {

    /** The longest message kept; a reason quoting a huge value is cut short. */
    public static final int MAX_MESSAGE_LENGTH = 500;

    public RowRejection {
        if (message.length() > MAX_MESSAGE_LENGTH) {
            message = message.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
        }
    }
}
