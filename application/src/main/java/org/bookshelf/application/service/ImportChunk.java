package org.bookshelf.application.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bookshelf.application.model.BookSignature;
import org.bookshelf.application.model.ImportCounts;
import org.bookshelf.application.model.ImportRow;
import org.bookshelf.application.model.RequestValue;
import org.bookshelf.application.model.RowRejection;
import org.bookshelf.application.port.out.BulkCatalogue;
import org.bookshelf.domain.Author;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.Book;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.CatalogueValue;
import org.bookshelf.domain.InvalidValueException;
import org.bookshelf.domain.Isbn;
import org.bookshelf.domain.PublicationYear;
import org.bookshelf.domain.Title;

/**
 * One chunk of an import: its rows checked against the catalogue's rules once ({@link #check}), then
 * matched against the store and turned into the authors and books to register ({@link #plan}), as often
 * as the unit of work that stores them has to be run.
 */
final class ImportChunk {

    /** A row that keeps the catalogue's rules: what the book would be, authors by name. */
    private record Candidate(
            long line, Title title, Isbn isbn, PublicationYear publishedYear, List<AuthorName> authorNames) {

        BookSignature signature() {
            return new BookSignature(title, authorNames);
        }
    }

    /** What the chunk comes to against the store as it is: what to register, and the counts it makes. */
    record Plan(List<Author> newAuthors, List<Book> newBooks, ImportCounts counts) {}

    private final int rows;
    private final long firstLine;
    private final List<Candidate> candidates;
    private final List<RowRejection> rejections;

    private ImportChunk(int rows, long firstLine, List<Candidate> candidates, List<RowRejection> rejections) {
        this.rows = rows;
        this.firstLine = firstLine;
        this.candidates = candidates;
        this.rejections = rejections;
    }

    /** The rows checked one by one: those that keep the rules, and the others with their reasons. */
    static ImportChunk check(List<ImportRow> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a chunk has rows");
        }
        List<Candidate> candidates = new ArrayList<>(rows.size());
        List<RowRejection> rejections = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                candidates.add(candidate(row));
            } catch (InvalidValueException e) {
                rejections.add(new RowRejection(row.line(), e.getMessage()));
            }
        }
        return new ImportChunk(rows.size(), rows.get(0).line(), candidates, rejections);
    }

    private static Candidate candidate(ImportRow row) {
        if (row.unreadable() != null) {
            throw InvalidValueException.stating(RequestValue.IMPORT_ROW, row.unreadable());
        }
        Title title = new Title(row.title());
        Isbn isbn = row.isbn() == null || row.isbn().isBlank() ? null : Isbn.parse(row.isbn());
        PublicationYear year = row.publishedYear() == null ? null : new PublicationYear(row.publishedYear());
        List<AuthorName> names = new ArrayList<>(row.authorNames().size());
        for (String name : row.authorNames()) {
            try {
                names.add(new AuthorName(name));
            } catch (InvalidValueException e) {
                throw InvalidValueException.stating(CatalogueValue.AUTHORSHIP, "author " + e.getMessage());
            }
        }
        Authorship.requireCreditable(names);
        return new Candidate(row.line(), title, isbn, year, List.copyOf(names));
    }

    /** The line of the chunk's first row. */
    long firstLine() {
        return firstLine;
    }

    /** The rows refused by {@link #check}, in file order. */
    List<RowRejection> rejections() {
        return rejections;
    }

    /**
     * Matches the chunk against the store: rows whose book is present already (in the store, or earlier in
     * the chunk) are left out, authors are found by name or given fresh ids, books get fresh ids. Call
     * inside the unit of work that stores the plan, so that it matches what is stored.
     */
    Plan plan(BulkCatalogue bulk) {
        List<Isbn> isbns = candidates.stream()
                .filter(c -> c.isbn() != null)
                .map(Candidate::isbn)
                .toList();
        List<BookSignature> withoutIsbn = candidates.stream()
                .filter(c -> c.isbn() == null)
                .map(Candidate::signature)
                .distinct()
                .toList();
        Set<Isbn> isbnsPresent = isbns.isEmpty() ? Set.of() : bulk.isbnsPresent(isbns);
        Set<BookSignature> signaturesPresent =
                new HashSet<>(withoutIsbn.isEmpty() ? Set.of() : bulk.signaturesPresent(withoutIsbn));

        Set<Isbn> isbnsTaken = new HashSet<>(isbnsPresent);
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate candidate : candidates) {
            boolean present = candidate.isbn() != null
                    ? isbnsTaken.contains(candidate.isbn())
                    : signaturesPresent.contains(candidate.signature());
            if (!present) {
                accepted.add(candidate);
                signaturesPresent.add(candidate.signature());
                if (candidate.isbn() != null) {
                    isbnsTaken.add(candidate.isbn());
                }
            }
        }

        Set<AuthorName> names = new LinkedHashSet<>();
        accepted.forEach(candidate -> names.addAll(candidate.authorNames()));
        Map<AuthorName, AuthorId> authorIds = new HashMap<>();
        if (!names.isEmpty()) {
            bulk.authorsNamed(names).forEach((name, sharing) -> authorIds.put(name, oldest(sharing)));
        }
        List<AuthorName> unknown =
                names.stream().filter(name -> !authorIds.containsKey(name)).toList();
        List<Author> newAuthors = new ArrayList<>(unknown.size());
        List<AuthorId> freshAuthorIds = unknown.isEmpty() ? List.of() : bulk.nextAuthorIds(unknown.size());
        for (int i = 0; i < unknown.size(); i++) {
            Author author = Author.register(freshAuthorIds.get(i), unknown.get(i));
            newAuthors.add(author);
            authorIds.put(author.name(), author.id());
        }

        List<BookId> bookIds = accepted.isEmpty() ? List.of() : bulk.nextBookIds(accepted.size());
        List<Book> newBooks = new ArrayList<>(accepted.size());
        long links = 0;
        for (int i = 0; i < accepted.size(); i++) {
            Candidate candidate = accepted.get(i);
            Authorship authorship = Authorship.of(
                    candidate.authorNames().stream().map(authorIds::get).toList());
            newBooks.add(Book.register(
                    bookIds.get(i), candidate.title(), candidate.isbn(), candidate.publishedYear(), authorship));
            links += authorship.size();
        }
        ImportCounts counts = new ImportCounts(
                rows,
                newBooks.size(),
                newAuthors.size(),
                links,
                candidates.size() - accepted.size(),
                rejections.size());
        return new Plan(newAuthors, newBooks, counts);
    }

    /** Of several authors who share a name, the import credits the one of lowest id: the first registered. */
    private static AuthorId oldest(List<AuthorId> sharingAName) {
        return Collections.min(sharingAName, Comparator.comparingLong(AuthorId::value));
    }
}
