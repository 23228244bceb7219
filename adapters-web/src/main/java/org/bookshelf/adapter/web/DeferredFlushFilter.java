package org.bookshelf.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the container send each answer whole. Spring MVC and Jackson flush once they have written a body,
 * which commits the response before its length is known: Tomcat then sends it chunked, in two writes
 * (the body, then the last chunk). With those flushes ignored, a body that fits the response buffer goes out
 * in one write with its {@code Content-Length} when the request ends; a larger one is still sent as the
 * buffer fills, so streamed answers (the export) stay in constant memory. The buffer holds
 * {@value #BUFFER_BYTES} bytes, enough for a page of 100 books.
 */
final class DeferredFlushFilter extends OncePerRequestFilter {

    static final int BUFFER_BYTES = 32 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setBufferSize(BUFFER_BYTES);
        chain.doFilter(request, new FlushDeferringResponse(response));
    }

    private static final class FlushDeferringResponse extends HttpServletResponseWrapper {

        private ServletOutputStream body;

        FlushDeferringResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {
            // Sent when the request ends, or as the buffer fills.
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (body == null) {
                body = new FlushDeferringStream(super.getOutputStream());
            }
            return body;
        }
    }

    private static final class FlushDeferringStream extends ServletOutputStream {

        private final ServletOutputStream target;

        FlushDeferringStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            // Sent when the request ends, or as the buffer fills.
        }

        @Override
        public void close() throws IOException {
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }
}
