package org.bookshelf.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Caching and content-security headers, decided when the answer is committed (when its status, type and
 * {@code ETag} are known):
 * <ul>
 * <li>{@code Cache-Control: private, no-cache} on a read that carries an {@code ETag} — a client may keep
 *     it but must revalidate, and no shared cache keeps what a token allowed to see; {@code no-store} on
 *     everything else (writes, errors, listings);</li>
 * <li>a Content-Security-Policy: for HTML pages (Swagger UI) scripts and styles from this origin only and
 *     never inside a frame; for everything else nothing at all may load.</li>
 * </ul>
 */
final class ResponsePolicyHeaders implements HeaderWriter {

    static final String HTML_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            boolean validatable = response.containsHeader(HttpHeaders.ETAG)
                    && (response.getStatus() == HttpServletResponse.SC_OK
                            || response.getStatus() == HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.CACHE_CONTROL, read && validatable ? "private, no-cache" : "no-store");
        }
        if (!response.containsHeader("Content-Security-Policy")) {
            String type = response.getContentType();
            boolean html = type != null && type.regionMatches(true, 0, "text/html", 0, "text/html".length());
            response.setHeader("Content-Security-Policy", html ? HTML_POLICY : API_POLICY);
        }
    }
}
