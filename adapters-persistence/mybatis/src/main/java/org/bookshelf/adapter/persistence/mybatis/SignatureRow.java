package org.bookshelf.adapter.persistence.mybatis;

/** A book's title with one of its credited authors' names ({@code null} for a book crediting nobody), in credit order. */
record SignatureRow(long bookId, String title, String authorName) {}
