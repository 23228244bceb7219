package org.bookshelf.application.model;

/** Where an import is. */
public enum ImportState {
    /** Reading and registering; its counts grow with every chunk committed. */
    RUNNING,
    /** Every row read and accounted for (rejected rows included). */
    DONE,
    /** Stopped before the end (unreadable file, store unavailable, service stopped); what it committed stays. */
    FAILED
}
