package org.bookshelf.server;

import java.time.Duration;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;

/**
 * What one client, or many, can make the web server hold, so that slow or hostile clients cannot take
 * every thread or connection from the others. {@link #DEFAULT} is what the service runs with:
 *
 * <ul>
 *   <li><b>connectionTimeout 20 s</b>: how long a new connection may take to send its request line and
 *       headers, and how long any one read of a request body may wait for bytes. A client that connects
 *       and sends nothing, or stops half-way, is disconnected after that. Tomcat's own default is 60 s.
 *       Request lines and headers are read without a thread (NIO); only a body being read holds one.</li>
 *   <li><b>keepAliveTimeout 15 s</b>, <b>maxKeepAliveRequests 1000</b>: an idle kept-alive connection
 *       is closed after 15 s, so that idle clients give their connection slots back, and any connection
 *       after 1,000 requests, so that busy clients spread again over instances behind a load balancer.
 *       Tomcat's default of 100 made a busy client reconnect several times a second.</li>
 *   <li><b>maxThreads 100</b>: requests answered at once. The store's pool has 10 connections and a
 *       request waits at most 3 s for one, so more threads would only wait longer in that queue.</li>
 *   <li><b>maxConnections 1000</b>, <b>acceptCount 100</b>: open connections served (most of them idle
 *       or sending), then connections the operating system queues before refusing more.</li>
 *   <li><b>maxHttpHeaderSize 8 KiB</b>: the request line and headers together; a longer URI or header is
 *       refused with 400 before anything is parsed.</li>
 *   <li><b>maxParameterCount 32</b>: no endpoint takes more than five query parameters; a query with
 *       more than 32 is refused with 400 (Tomcat's default is 1000).</li>
 *   <li><b>no form bodies</b>: the API reads JSON only, so Tomcat never parses a request body into
 *       parameters ({@code parseBodyMethods} is empty and {@code maxPostSize} is 64 KiB, the JSON body
 *       limit, should that ever change).</li>
 * </ul>
 *
 * @param connectionTimeout    see above; tests shorten it
 * @param keepAliveTimeout     see above; tests shorten it
 * @param maxKeepAliveRequests requests on one connection before it is closed
 * @param maxThreads           requests answered at once
 * @param maxConnections       connections open at once
 * @param acceptCount          connections queued by the operating system beyond {@code maxConnections}
 * @param maxHttpHeaderSize    bytes of request line and headers
 * @param maxParameterCount    query parameters of one request
 * @param maxPostSize          bytes of a form body, were one ever parsed
 */
record ConnectorLimits(
        Duration connectionTimeout,
        Duration keepAliveTimeout,
        int maxKeepAliveRequests,
        int maxThreads,
        int maxConnections,
        int acceptCount,
        int maxHttpHeaderSize,
        int maxParameterCount,
        int maxPostSize) {

    static final ConnectorLimits DEFAULT = new ConnectorLimits(
            Duration.ofSeconds(20), Duration.ofSeconds(15), 1000, 100, 1000, 100, 8 * 1024, 32, 64 * 1024);

    /** Sets these limits on an HTTP/1.1 connector that has not started yet. */
    void applyTo(Connector connector) {
        if (!(connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http)) {
            throw new IllegalArgumentException("not an HTTP/1.1 connector: " + connector);
        }
        http.setConnectionTimeout(Math.toIntExact(connectionTimeout.toMillis()));
        http.setKeepAliveTimeout(Math.toIntExact(keepAliveTimeout.toMillis()));
        http.setMaxKeepAliveRequests(maxKeepAliveRequests);
        http.setMaxThreads(maxThreads);
        http.setMaxConnections(maxConnections);
        http.setAcceptCount(acceptCount);
        http.setMaxHttpHeaderSize(maxHttpHeaderSize);
        connector.setMaxParameterCount(maxParameterCount);
        connector.setParseBodyMethods("");
        connector.setMaxPostSize(maxPostSize);
    }
}
