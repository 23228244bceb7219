package org.bookshelf.server;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.apache.coyote.Processor;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO HTTP/1.1 protocol, with request processors that are safe to reuse after an HTTP/0.9 request.
 *
 * <p>Tomcat 11 clears a processor's HTTP/0.9 flag only once a request line has parsed, so a processor
 * reused after an HTTP/0.9 request answers a malformed request line as HTTP/0.9: a bare body, without
 * status line or headers. Turning the processor cache off avoided that at the price of a new processor,
 * request and response per request, each registered with JMX (about a tenth of the CPU a small read
 * costs). These processors clear the flag before each request instead; the class fails to load when a
 * Tomcat without that flag comes along, so an upgrade cannot silently undo the fix.
 */
public final class Http11ProtocolWithoutStaleHttp09 extends Http11NioProtocol {

    @Override
    protected Processor createProcessor() {
        return new Processor09Cleared(this);
    }

    private static final class Processor09Cleared extends Http11Processor {

        private static final VarHandle HTTP09 = http09Flag();

        Processor09Cleared(AbstractHttp11Protocol<?> protocol) {
            super(protocol, protocol.getAdapter());
        }

        @Override
        public SocketState service(SocketWrapperBase<?> socketWrapper) throws IOException {
            HTTP09.set(this, false);
            return super.service(socketWrapper);
        }

        private static VarHandle http09Flag() {
            try {
                return MethodHandles.privateLookupIn(Http11Processor.class, MethodHandles.lookup())
                        .findVarHandle(Http11Processor.class, "http09", boolean.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
