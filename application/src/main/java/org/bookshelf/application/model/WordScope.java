package org.bookshelf.application.model;

/** Whose words a search looks among: the books' (titles, authors' names, ISBNs) or the authors' (names). */
public enum WordScope {
    BOOKS,
    AUTHORS
}
