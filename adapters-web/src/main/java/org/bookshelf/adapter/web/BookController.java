package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.bookshelf.adapter.web.BookResponse.CreditedAuthorResponse;
import org.bookshelf.application.model.BookFilter;
import org.bookshelf.application.model.BookRevision;
import org.bookshelf.application.model.BookView;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.CreditAuthorUseCase;
import org.bookshelf.application.port.in.CreditAuthorUseCase.CreditResult;
import org.bookshelf.application.port.in.DeleteBookUseCase;
import org.bookshelf.application.port.in.FindBooksUseCase;
import org.bookshelf.application.port.in.GetBookUseCase;
import org.bookshelf.application.port.in.RegisterBookUseCase;
import org.bookshelf.application.port.in.RemoveCreditUseCase;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase;
import org.bookshelf.application.port.in.ReplaceAuthorsUseCase.ReplaceAuthorsCommand;
import org.bookshelf.application.port.in.UpdateBookUseCase;
import org.bookshelf.application.port.in.UpdateBookUseCase.UpdateBookCommand;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.Authorship;
import org.bookshelf.domain.BookId;
import org.bookshelf.domain.Title;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/books}: register, read, find, update and delete books; credit and order their authors. */
@RestController
@RequestMapping(path = BookController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
record BookController(
        RegisterBookUseCase registerBook,
        GetBookUseCase getBook,
        FindBooksUseCase findBooks,
        UpdateBookUseCase updateBook,
        DeleteBookUseCase deleteBook,
        ReplaceAuthorsUseCase replaceAuthors,
        CreditAuthorUseCase creditAuthor,
        RemoveCreditUseCase removeCredit) {

    static final String PATH = "/api/books";

    private static final ResourceKind<BookView, BookRevision, BookResponse> BOOKS = new ResourceKind<>(
            PATH, EntityTagFormat.BOOK, BookView::revision, book -> book.id().value(), BookResponse::of);

    /**
     * 201 with the new book, or with the book that an earlier request with the same {@code Idempotency-Key}
     * registered ({@link IdempotencyKeyHeader}).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BookResponse> register(HttpServletRequest request, @RequestBody CreateBookRequest body) {
        IdempotencyKey idempotencyKey = IdempotencyKeyHeader.of(request);
        return BOOKS.registered(registerBook.registerBook(body.toCommand(), idempotencyKey));
    }

    @GetMapping("/{id}")
    ResponseEntity<BookResponse> get(@PathVariable("id") long id) {
        return BOOKS.answer(HttpStatus.OK, getBook.getBook(RequestValues.bookId("id", id)));
    }

    @GetMapping
    PageResponse<BookResponse> find(
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "author_id", required = false) Long authorId,
            @RequestParam(name = "limit", defaultValue = ResourceHeaders.DEFAULT_LIMIT) int limit,
            @RequestParam(name = "cursor", required = false) String cursor) {
        RequestValues values = new RequestValues();
        Title exactTitle = values.optional("title", title, Title::new);
        SearchQuery search = values.optional("q", q, SearchQuery::parse);
        AuthorId credited = values.optional("author_id", authorId, AuthorId::new);
        PageRequest page = ResourceHeaders.page(values, limit, cursor);
        values.validate();
        return PageResponse.of(
                findBooks.findBooks(new BookFilter(exactTitle, search, credited), page), BookResponse::of);
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, WebConfiguration.MERGE_PATCH_JSON_VALUE})
    ResponseEntity<BookResponse> update(
            @PathVariable("id") long id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody UpdateBookRequest body) {
        BookId bookId = RequestValues.bookId("id", id);
        IfMatch precondition = IfMatch.parse(ifMatch);
        UpdateBookCommand unconditional = body.toUnconditionalCommand(bookId);
        UpdateBookCommand command = new UpdateBookCommand(
                bookId,
                unconditional.title(),
                unconditional.isbn(),
                unconditional.publishedYear(),
                expectedRevision(precondition, bookId));
        return BOOKS.answer(HttpStatus.OK, updateBook.updateBook(command));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable("id") long id) {
        deleteBook.deleteBook(RequestValues.bookId("id", id));
        return ResponseEntity.noContent().build();
    }

    /** The ordered authors; the {@code ETag} is the book's, for a following {@code PUT} with {@code If-Match}. */
    @GetMapping("/{id}/authors")
    ResponseEntity<List<CreditedAuthorResponse>> authors(@PathVariable("id") long id) {
        BookView book = getBook.getBook(RequestValues.bookId("id", id));
        return ResourceHeaders.withEtag(
                HttpStatus.OK,
                EntityTagFormat.BOOK.etag(book.revision()),
                book.authors().stream().map(CreditedAuthorResponse::of).toList());
    }

    @PutMapping(path = "/{id}/authors", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BookResponse> replaceAuthors(
            @PathVariable("id") long id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody ReplaceAuthorsRequest body) {
        BookId bookId = RequestValues.bookId("id", id);
        IfMatch precondition = IfMatch.parse(ifMatch);
        Authorship authors = body.toAuthorship();
        ReplaceAuthorsCommand command =
                new ReplaceAuthorsCommand(bookId, authors, expectedRevision(precondition, bookId));
        return BOOKS.answer(HttpStatus.OK, replaceAuthors.replaceAuthors(command));
    }

    /** Credits the author: 201 when newly credited, 200 when they already were; the book either way. */
    @PutMapping("/{id}/authors/{author_id}")
    ResponseEntity<BookResponse> credit(@PathVariable("id") long id, @PathVariable("author_id") long authorId) {
        CreditResult result = creditAuthor.creditAuthor(
                RequestValues.bookId("id", id), RequestValues.authorId("author_id", authorId));
        return BOOKS.answer(result.newlyCredited() ? HttpStatus.CREATED : HttpStatus.OK, result.book());
    }

    /** Withdraws the credit: 204 whether or not the author was credited. */
    @DeleteMapping("/{id}/authors/{author_id}")
    ResponseEntity<Void> removeCredit(@PathVariable("id") long id, @PathVariable("author_id") long authorId) {
        removeCredit.removeCredit(RequestValues.bookId("id", id), RequestValues.authorId("author_id", authorId));
        return ResponseEntity.noContent().build();
    }

    /** The revision the change must find the book at, or {@code null} when anything will do ({@link ResourceKind#expected}). */
    private BookRevision expectedRevision(IfMatch precondition, BookId bookId) {
        return BOOKS.expected(precondition, () -> getBook.getBook(bookId));
    }
}
