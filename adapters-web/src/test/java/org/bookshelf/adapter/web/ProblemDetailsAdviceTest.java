package org.bookshelf.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    private final Logger adviceLog = (Logger) LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        adviceLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        adviceLog.detachAppender(logged);
    }

    @Test
    void aClientThatWentAwayIsNeitherAnsweredNorLoggedAsAnError() {
        Exception brokenPipe = new HttpMessageNotWritableException(
                "Could not write JSON",
                new AsyncRequestNotUsableException(
                        "ServletOutputStream failed to write", new IOException("Broken pipe")));

        assertThat(advice.unexpected(brokenPipe, new MockHttpServletRequest("GET", "/api/books")))
                .isNull();
        assertThat(logged.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void anythingElseIsABare500LoggedAsAnError() {
        var response =
                advice.unexpected(new IllegalStateException("boom"), new MockHttpServletRequest("GET", "/api/books"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(logged.list)
                .singleElement()
                .satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.ERROR));
    }
}
