/**
 * The catalogue's files, both ways: the formats an import reads (a Goodreads library export, JSON Lines)
 * turned into {@link org.bookshelf.application.model.ImportRow}s for the import use case, and books written
 * as the JSON Lines an export gives and an import takes back as it is.
 *
 * <p>An adapter of its own, beside the web adapter: it implements the application's
 * {@link org.bookshelf.application.port.out.FileFormats}, wired in by the composition root, and the import and
 * export use cases read and write files through it whether the HTTP API or the command line drives them. It
 * knows the syntax of each format only; the catalogue's rules (a valid ISBN, at most 100 authors) are the import
 * use case's. Only {@link org.bookshelf.adapter.imports.CatalogueFileFormats} is public.
 */
package org.bookshelf.adapter.imports;
