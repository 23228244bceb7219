package org.bookshelf.adapter.web;

/**
 * A condition the service must meet, besides its store answering, before it should take traffic, such as
 * its database schema being migrated. {@code GET /health/ready} runs each one the application context
 * holds as a bean, at most one at a time and for a bounded time.
 */
public interface ReadinessCheck {

    /** Names the check in the answer of {@code /health/ready}, such as {@code migrations}. */
    String name();

    /**
     * Returns when the condition holds; throws, saying why, when it does not or cannot be checked. The
     * reason is logged, never sent to a client.
     */
    void check();
}
