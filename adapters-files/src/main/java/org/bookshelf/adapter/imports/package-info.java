/**
 * The catalogue's files, both ways: the formats an import reads (a Goodreads library export, JSON Lines)
 * turned into {@link org.bookshelf.application.model.ImportRow}s for the import use case, books written
 * as the JSON Lines an export gives and an import takes back as it is, and the backup file
 * ({@link org.bookshelf.adapter.imports.BackupJsonLines}).
 *
 * <p>A driving adapter of its own, beside the web adapter: both the HTTP API and the command line read
 * and write files through it. It knows the syntax of each format only; the catalogue's rules (a valid
 * ISBN, at most 100 authors) are the import use case's. Only {@link org.bookshelf.adapter.imports.ImportFormat},
 * {@link org.bookshelf.adapter.imports.ImportFiles}, {@link org.bookshelf.adapter.imports.BookJsonLines} and
 * {@link org.bookshelf.adapter.imports.BackupJsonLines} are public.
 */
package org.bookshelf.adapter.imports;
