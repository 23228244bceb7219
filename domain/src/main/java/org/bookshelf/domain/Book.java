package org.bookshelf.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A book in the catalogue: the aggregate that owns its authorship.
 *
 * <p>It refers to its authors by id only, in credit order. Every change, to its fields or to its
 * authorship, moves {@link #version()} on by one; a request that changes nothing (crediting an author
 * already credited, say) leaves it where it was and answers {@code false}.
 *
 * <p>Create new books with {@link #register}; rebuild stored ones with {@link #reconstitute};
 * {@link VersionedAggregate} says how a store uses the versions.
 */
public final class Book extends VersionedAggregate {

    private final BookId id;
    private Title title;
    private Isbn isbn;
    private PublicationYear publishedYear;
    private Authorship authorship;

    private Book(
            BookId id,
            Title title,
            Isbn isbn,
            PublicationYear publishedYear,
            Authorship authorship,
            long loadedVersion) {
        super(loadedVersion);
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.isbn = isbn;
        this.publishedYear = publishedYear;
        this.authorship = Objects.requireNonNull(authorship, "authorship");
    }

    /**
     * A new book, at {@link #FIRST_VERSION}.
     *
     * @param isbn          may be {@code null}: no ISBN
     * @param publishedYear may be {@code null}: year unknown
     */
    public static Book register(
            BookId id, Title title, Isbn isbn, PublicationYear publishedYear, Authorship authorship) {
        return new Book(id, title, isbn, publishedYear, authorship, NOT_STORED);
    }

    /** A book as it was stored, at the version it was stored with. */
    public static Book reconstitute(
            BookId id, Title title, Isbn isbn, PublicationYear publishedYear, Authorship authorship, long version) {
        return new Book(id, title, isbn, publishedYear, authorship, requireStored(version));
    }

    /**
     * Sets title, ISBN and publication year together, as one change.
     *
     * @return whether anything differed (and the version moved)
     */
    public boolean updateDetails(Title newTitle, Isbn newIsbn, PublicationYear newPublishedYear) {
        Objects.requireNonNull(newTitle, "title");
        if (title.equals(newTitle)
                && Objects.equals(isbn, newIsbn)
                && Objects.equals(publishedYear, newPublishedYear)) {
            return false;
        }
        title = newTitle;
        isbn = newIsbn;
        publishedYear = newPublishedYear;
        changed();
        return true;
    }

    /**
     * Credits an author after those already credited.
     *
     * @return {@code true} when newly credited; {@code false} when already credited (nothing changes)
     * @throws AuthorshipFullException when the book already has {@value Authorship#MAX_AUTHORS} authors
     */
    public boolean credit(AuthorId authorId) {
        return changeAuthorship(authorship.withCredit(Objects.requireNonNull(authorId, "authorId")));
    }

    /**
     * Withdraws an author's credit; the others keep their order.
     *
     * @return whether the author was credited (and the version moved)
     */
    public boolean removeCredit(AuthorId authorId) {
        return changeAuthorship(authorship.withoutCredit(Objects.requireNonNull(authorId, "authorId")));
    }

    /**
     * Replaces the whole ordered authorship.
     *
     * @return whether it differed from the current one, order included (and the version moved)
     */
    public boolean replaceAuthorship(Authorship newAuthorship) {
        return changeAuthorship(Objects.requireNonNull(newAuthorship, "authorship"));
    }

    private boolean changeAuthorship(Authorship newAuthorship) {
        if (authorship.equals(newAuthorship)) {
            return false;
        }
        authorship = newAuthorship;
        changed();
        return true;
    }

    public BookId id() {
        return id;
    }

    public Title title() {
        return title;
    }

    public Optional<Isbn> isbn() {
        return Optional.ofNullable(isbn);
    }

    public Optional<PublicationYear> publishedYear() {
        return Optional.ofNullable(publishedYear);
    }

    public Authorship authorship() {
        return authorship;
    }

    @Override
    public String toString() {
        return "Book[" + id + " \"" + title + "\" v" + version() + " authors=" + authorship.authorIds() + "]";
    }
}
