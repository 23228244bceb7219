package org.bookshelf.features.steps;

import org.bookshelf.features.driver.Outcome;

/**
 * A refusal as the features describe it.
 *
 * @param field for {@link Outcome#INVALID}, the offending value; {@code null} otherwise
 */
record ExpectedRefusal(Outcome outcome, String field) {}
