package org.bookshelf.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits request bodies to {@code limit} bytes, or to the limit given for the request's path. Reading a
 * larger body throws {@link ContentTooLargeException}, which the API answers 413: at the first read when the
 * declared {@code Content-Length} is too large, or as soon as a body of undeclared length passes the limit.
 * A body nobody reads is never refused.
 */
final class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final Map<String, Long> limitsByPath;

    /** @param limitsByPath the limits of the requests to these exact paths, in place of {@code limit} */
    RequestBodyLimitFilter(long limit, Map<String, Long> limitsByPath) {
        this.limit = limit;
        this.limitsByPath = Map.copyOf(limitsByPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(
                new LimitedRequest(request, limitsByPath.getOrDefault(request.getRequestURI(), limit)), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private LimitedInputStream body;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInputStream(super.getInputStream(), limit, getContentLengthLong());
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final long declaredLength;
        private long read;

        LimitedInputStream(ServletInputStream in, long limit, long declaredLength) {
            this.in = in;
            this.limit = limit;
            this.declaredLength = declaredLength;
        }

        @Override
        public int read() throws IOException {
            refuseDeclaredExcess();
            int next = in.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            refuseDeclaredExcess();
            int count = in.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void refuseDeclaredExcess() {
            if (declaredLength > limit) {
                throw new ContentTooLargeException(limit);
            }
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit) {
                throw new ContentTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
