package org.bookshelf.adapter.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bookshelf.application.model.AuthorFilter;
import org.bookshelf.application.model.AuthorView;
import org.bookshelf.application.model.IdempotencyKey;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.application.port.in.DeleteAuthorUseCase;
import org.bookshelf.application.port.in.FindAuthorsUseCase;
import org.bookshelf.application.port.in.GetAuthorUseCase;
import org.bookshelf.application.port.in.ListBooksOfAuthorUseCase;
import org.bookshelf.application.port.in.RegisterAuthorUseCase;
import org.bookshelf.application.port.in.RenameAuthorUseCase;
import org.bookshelf.application.port.in.RenameAuthorUseCase.RenameAuthorCommand;
import org.bookshelf.application.search.SearchQuery;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorName;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/authors}: register, read, find, rename and delete authors; navigate to their books. */
@RestController
@RequestMapping(path = AuthorController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
record AuthorController(
        RegisterAuthorUseCase registerAuthor,
        GetAuthorUseCase getAuthor,
        FindAuthorsUseCase findAuthors,
        RenameAuthorUseCase renameAuthor,
        DeleteAuthorUseCase deleteAuthor,
        ListBooksOfAuthorUseCase listBooksOfAuthor) {

    static final String PATH = "/api/authors";

    private static final ResourceKind<AuthorView, Long, AuthorResponse> AUTHORS = new ResourceKind<>(
            PATH,
            EntityTagFormat.AUTHOR,
            AuthorView::version,
            author -> author.id().value(),
            AuthorResponse::of);

    /**
     * 201 with the new author, or with the author that an earlier request with the same {@code Idempotency-Key}
     * registered ({@link IdempotencyKeyHeader}).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AuthorResponse> register(HttpServletRequest request, @RequestBody AuthorNameRequest body) {
        IdempotencyKey idempotencyKey = IdempotencyKeyHeader.of(request);
        return AUTHORS.registered(registerAuthor.registerAuthor(body.toName(), idempotencyKey));
    }

    @GetMapping("/{id}")
    ResponseEntity<AuthorResponse> get(@PathVariable("id") long id) {
        return AUTHORS.answer(HttpStatus.OK, getAuthor.getAuthor(RequestValues.authorId("id", id)));
    }

    @GetMapping
    PageResponse<AuthorResponse> find(
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "limit", defaultValue = ResourceHeaders.DEFAULT_LIMIT) int limit,
            @RequestParam(name = "cursor", required = false) String cursor) {
        RequestValues values = new RequestValues();
        AuthorName exactName = values.optional("name", name, AuthorName::new);
        SearchQuery search = values.optional("q", q, SearchQuery::parse);
        PageRequest page = ResourceHeaders.page(values, limit, cursor);
        values.validate();
        return PageResponse.of(findAuthors.findAuthors(new AuthorFilter(exactName, search), page), AuthorResponse::of);
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, WebConfiguration.MERGE_PATCH_JSON_VALUE})
    ResponseEntity<AuthorResponse> rename(
            @PathVariable("id") long id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestBody AuthorNameRequest body) {
        AuthorId authorId = RequestValues.authorId("id", id);
        IfMatch precondition = IfMatch.parse(ifMatch);
        AuthorName name = body.toName();
        Long expected = AUTHORS.expected(precondition, () -> getAuthor.getAuthor(authorId));
        RenameAuthorCommand command = new RenameAuthorCommand(authorId, name, expected);
        return AUTHORS.answer(HttpStatus.OK, renameAuthor.renameAuthor(command));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable("id") long id, @RequestParam(name = "unlink", defaultValue = "false") boolean unlink) {
        deleteAuthor.deleteAuthor(RequestValues.authorId("id", id), unlink);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/books")
    PageResponse<BookResponse> books(
            @PathVariable("id") long id,
            @RequestParam(name = "limit", defaultValue = ResourceHeaders.DEFAULT_LIMIT) int limit,
            @RequestParam(name = "cursor", required = false) String cursor) {
        AuthorId authorId = RequestValues.authorId("id", id);
        RequestValues values = new RequestValues();
        PageRequest page = ResourceHeaders.page(values, limit, cursor);
        values.validate();
        return PageResponse.of(listBooksOfAuthor.listBooksOfAuthor(authorId, page), BookResponse::of);
    }
}
