package org.bookshelf.application.model;

import java.time.Instant;

/**
 * What a checked backup holds.
 *
 * @param takenAt when the catalogue was as the backup holds it
 * @param schema  the version of the store's schema (its last migration) when the backup was taken
 * @param size    its authors, books and credits
 */
public record BackupSummary(Instant takenAt, String schema, CatalogueSize size) {}
