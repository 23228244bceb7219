package org.bookshelf.adapter.web;

import static org.bookshelf.adapter.web.ProblemTypes.AUTHORSHIP_FULL;
import static org.bookshelf.adapter.web.ProblemTypes.AUTHOR_NOT_FOUND;
import static org.bookshelf.adapter.web.ProblemTypes.AUTHOR_STILL_CREDITED;
import static org.bookshelf.adapter.web.ProblemTypes.BOOK_NOT_FOUND;
import static org.bookshelf.adapter.web.ProblemTypes.CONTENT_TOO_LARGE;
import static org.bookshelf.adapter.web.ProblemTypes.DUPLICATE_ISBN;
import static org.bookshelf.adapter.web.ProblemTypes.IDEMPOTENCY_KEY_REUSED;
import static org.bookshelf.adapter.web.ProblemTypes.IMPORT_NOT_FOUND;
import static org.bookshelf.adapter.web.ProblemTypes.REGISTRATION_GONE;
import static org.bookshelf.adapter.web.ProblemTypes.VERSION_MISMATCH;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.GONE;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.PRECONDITION_FAILED;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bookshelf.application.exception.AuthorNotFoundException;
import org.bookshelf.application.exception.AuthorStillCreditedException;
import org.bookshelf.application.exception.BookNotFoundException;
import org.bookshelf.application.exception.BookshelfException;
import org.bookshelf.application.exception.ConcurrentChangeException;
import org.bookshelf.application.exception.DuplicateIsbnException;
import org.bookshelf.application.exception.IdempotencyKeyReusedException;
import org.bookshelf.application.exception.ImportNotFoundException;
import org.bookshelf.application.exception.ImportsBusyException;
import org.bookshelf.application.exception.RegistrationGoneException;
import org.bookshelf.application.exception.SearchesBusyException;
import org.bookshelf.application.exception.StoreUnavailableException;
import org.bookshelf.application.exception.UnknownAuthorsException;
import org.bookshelf.application.exception.UnreadableFileException;
import org.bookshelf.application.exception.VersionConflictException;
import org.bookshelf.application.model.PageRequest;
import org.bookshelf.domain.AuthorId;
import org.bookshelf.domain.AuthorshipFullException;
import org.bookshelf.domain.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Answers every failure as {@code application/problem+json} (RFC 9457): the catalogue's typed refusals,
 * bad input (always a 4xx, listing the offending fields in {@code errors}) and Spring MVC's own errors.
 * Anything unexpected is logged here with its stack trace and answered as a bare 500: no exception
 * class, stack trace or SQL ever reaches a client.
 *
 * <p>{@link InvalidValueException} (a value the catalogue's rules refuse) is a 400 like every other
 * invalid input; 422 is kept for ids in a body that name no author.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final int RETRY_BUSY_AFTER_SECONDS = 1;
    private static final int RETRY_STORE_AFTER_SECONDS = 5;
    private static final int RETRY_IMPORT_AFTER_SECONDS = 30;
    /** Searches wait a second for a slot before they are refused: by then one has usually come free. */
    private static final int RETRY_SEARCH_AFTER_SECONDS = 1;

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    /** The refusals answered by a problem of their own with their message as its detail, by exception class. */
    private static final Map<Class<?>, Refusal> REFUSALS = Map.ofEntries(
            refusal(BookNotFoundException.class, NOT_FOUND, BOOK_NOT_FOUND, "Book not found"),
            refusal(AuthorNotFoundException.class, NOT_FOUND, AUTHOR_NOT_FOUND, "Author not found"),
            refusal(ImportNotFoundException.class, NOT_FOUND, IMPORT_NOT_FOUND, "Import not found"),
            refusal(AuthorStillCreditedException.class, CONFLICT, AUTHOR_STILL_CREDITED, "Author still credited"),
            refusal(DuplicateIsbnException.class, CONFLICT, DUPLICATE_ISBN, "Duplicate ISBN"),
            refusal(AuthorshipFullException.class, CONFLICT, AUTHORSHIP_FULL, "Authorship full"),
            refusal(VersionConflictException.class, PRECONDITION_FAILED, VERSION_MISMATCH, "Version mismatch"),
            refusal(PreconditionFailedException.class, PRECONDITION_FAILED, VERSION_MISMATCH, "Version mismatch"),
            refusal(
                    IdempotencyKeyReusedException.class,
                    UNPROCESSABLE_CONTENT,
                    IDEMPOTENCY_KEY_REUSED,
                    "Idempotency key reused"),
            refusal(RegistrationGoneException.class, GONE, REGISTRATION_GONE, "Registration gone"),
            refusal(
                    ContentTooLargeException.class,
                    HttpStatus.CONTENT_TOO_LARGE,
                    CONTENT_TOO_LARGE,
                    "Content too large"));

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException e) {
        return invalid(e.fields());
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Object> invalidValue(InvalidValueException e) {
        return invalid(List.of(InvalidField.refused(e)));
    }

    /**
     * A refusal of {@link #REFUSALS}; the other refusals have handlers of their own, which Spring MVC prefers as
     * closer to the exception's class. One that is in neither is unexpected.
     */
    @ExceptionHandler({
        BookshelfException.class,
        AuthorshipFullException.class,
        PreconditionFailedException.class,
        ContentTooLargeException.class
    })
    ResponseEntity<Object> refused(RuntimeException e, HttpServletRequest request) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            Refusal refusal = REFUSALS.get(type);
            if (refusal != null) {
                return refusal.answer(e.getMessage());
            }
        }
        return unexpected(e, request);
    }

    /** A body that is not the file its content type says (a CSV without Goodreads' header line): nothing is imported. */
    @ExceptionHandler(UnreadableFileException.class)
    ResponseEntity<Object> unreadableFile(UnreadableFileException e) {
        return invalid(List.of(new InvalidField("body", e.getMessage())));
    }

    @ExceptionHandler(ImportsBusyException.class)
    ResponseEntity<Object> importsBusy(ImportsBusyException e) {
        return unavailable(ProblemTypes.BUSY, "Busy", RETRY_IMPORT_AFTER_SECONDS, e.getMessage());
    }

    @ExceptionHandler(SearchesBusyException.class)
    ResponseEntity<Object> searchesBusy(SearchesBusyException e) {
        return unavailable(ProblemTypes.BUSY, "Busy", RETRY_SEARCH_AFTER_SECONDS, e.getMessage());
    }

    @ExceptionHandler(UnknownAuthorsException.class)
    ResponseEntity<Object> unknownAuthors(UnknownAuthorsException e) {
        ProblemDetail body = detail(
                HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNKNOWN_AUTHORS, "Unknown authors", e.getMessage());
        body.setProperty(
                "unknown_author_ids",
                e.unknown().stream().map(AuthorId::value).sorted().toList());
        return ResponseEntity.status(body.getStatus()).body(body);
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<Object> busy(ConcurrentChangeException e) {
        LOG.warn("Gave up after repeated conflicts with concurrent changes", e);
        return unavailable(
                ProblemTypes.BUSY,
                "Busy",
                RETRY_BUSY_AFTER_SECONDS,
                "concurrent changes to the same books or authors kept colliding; nothing was changed, try again");
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<Object> storeUnavailable(StoreUnavailableException e) {
        LOG.warn("The store is unavailable: {}", e.getMessage());
        return unavailable(
                ProblemTypes.STORE_UNAVAILABLE,
                "Store unavailable",
                RETRY_STORE_AFTER_SECONDS,
                e.outcomeUnknown()
                        ? "the catalogue's store stopped answering while saving the change, which may or may not"
                                + " have been kept; read it before you try again"
                        : "the catalogue's store does not answer; nothing was read or changed, try again later");
    }

    private static ResponseEntity<Object> unavailable(URI type, String title, int retryAfterSeconds, String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds))
                .body(detail(HttpStatus.SERVICE_UNAVAILABLE, type, title, detail));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        return serverFailure(e, request.getMethod() + " " + request.getRequestURI());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ContentTooLargeException tooLarge = causeOfType(e, ContentTooLargeException.class);
        if (tooLarge != null) {
            return REFUSALS.get(ContentTooLargeException.class).answer(tooLarge.getMessage());
        }
        return invalid(List.of(JsonReadFailures.describe(e)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        String expected = expectedForm(e.getRequiredType());
        return invalid(List.of(new InvalidField(name, name + " must be " + expected)));
    }

    /** Spring MVC's own errors: keeps their 4xx answers, turns any 5xx into the bare, logged one. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            return serverFailure(e, request.getDescription(false));
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        return response;
    }

    /** What a query or path parameter of this type must look like; {@code limit} is the only int one. */
    private static String expectedForm(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "a whole number between " + PageRequest.MIN_LIMIT + " and " + PageRequest.MAX_LIMIT;
        }
        if (type == long.class || type == Long.class) {
            return "a whole number between 1 and " + Long.MAX_VALUE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "well-formed";
    }

    private static ResponseEntity<Object> invalid(Collection<InvalidField> fields) {
        String detail = fields.size() == 1
                ? fields.iterator().next().message()
                : fields.size() + " values of the request are invalid; see errors";
        ProblemDetail body = detail(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request", detail);
        body.setProperty("errors", List.copyOf(fields));
        return ResponseEntity.badRequest().body(body);
    }

    /**
     * A client that went away mid-answer is nobody's failure: noted at DEBUG, nothing more is written.
     * Anything else is logged with its stack trace and answered as a bare 500.
     */
    private static ResponseEntity<Object> serverFailure(Exception e, String request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            LOG.debug("The client went away while {} was answered: {}", request, e.getMessage());
            return null;
        }
        LOG.error("Unexpected failure answering {}", request, e);
        return internalServerError();
    }

    private static ResponseEntity<Object> internalServerError() {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not answer the request. The failure has been logged.");
        body.setType(ABOUT_BLANK);
        return ResponseEntity.internalServerError().body(body);
    }

    private static ProblemDetail detail(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(type);
        body.setTitle(title);
        return body;
    }

    private static Map.Entry<Class<?>, Refusal> refusal(
            Class<? extends RuntimeException> exception, HttpStatus status, URI type, String title) {
        return Map.entry(exception, new Refusal(status, type, title));
    }

    /** How a refusal is answered: its status, problem type and title. */
    private record Refusal(HttpStatus status, URI type, String title) {

        ResponseEntity<Object> answer(String detail) {
            return ResponseEntity.status(status).body(detail(status, type, title, detail));
        }
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
