package org.bookshelf.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.bookshelf.adapter.web.security.TokenFile;
import org.bookshelf.application.service.BookshelfUseCases.DrivenPorts;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The running service: the catalogue, on the store the settings name, served over HTTP. Start it with
 * {@link #start}; {@link #close()} shuts it down gracefully (requests in progress finish, then the web
 * server and the store stop). Everything lives in one Spring context, and closing that context is what
 * stops it all.
 *
 * <p>Tests start it in-process: {@code BookshelfServer.start(BookshelfSettings.defaults()
 * .withStore(Store.MEMORY).withPort(0))}, then talk to {@link #uri()}.
 */
public final class BookshelfServer implements AutoCloseable {

    private final AnnotationConfigApplicationContext context;
    private final URI uri;
    private final int port;
    private final Optional<Path> firstAdminToken;
    private final CountDownLatch closed = new CountDownLatch(1);

    private BookshelfServer(
            AnnotationConfigApplicationContext context,
            BookshelfSettings settings,
            int port,
            Optional<Path> firstAdminToken) {
        this.context = context;
        this.port = port;
        this.firstAdminToken = firstAdminToken;
        String host = settings.host();
        this.uri = URI.create((settings.tls() == null ? "http" : "https") + "://"
                + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
    }

    /**
     * Starts the service and answers once it takes requests.
     *
     * @throws RuntimeException when it cannot start (port taken, store unavailable); nothing is left running
     */
    public static BookshelfServer start(BookshelfSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return start(settings, StoreConfigurations.forStore(settings.store()));
    }

    /**
     * Starts the service on driven ports that the caller built and keeps, whatever {@code settings.store()}
     * says: for tests that must reach the store behind the running service, to empty it between cases.
     * Closing the service leaves the ports as they are.
     *
     * @throws RuntimeException when it cannot start (port taken); nothing is left running
     */
    public static BookshelfServer start(BookshelfSettings settings, DrivenPorts drivenPorts) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(drivenPorts, "drivenPorts");
        return start(settings, context -> context.registerBean(DrivenPorts.class, () -> drivenPorts));
    }

    /** Starts the service on the store that {@code storeConfiguration} provides (see {@link StoreConfigurations}). */
    static BookshelfServer start(BookshelfSettings settings, Class<?> storeConfiguration) {
        return start(settings, context -> context.register(storeConfiguration));
    }

    private static BookshelfServer start(
            BookshelfSettings settings, Consumer<AnnotationConfigApplicationContext> store) {
        JulToSlf4j.install();
        Optional<Path> firstAdminToken = settings.access().authentication()
                ? new TokenFile(settings.access().tokensFile())
                        .addFirstAdminIfNone(settings.access().firstAdminTokenFile())
                : Optional.empty();
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.setDisplayName("Bookshelf");
        context.registerBean(BookshelfSettings.class, () -> settings);
        context.register(ServerConfiguration.class);
        store.accept(context);
        try {
            context.refresh();
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
        return new BookshelfServer(
                context, settings, context.getBean(EmbeddedTomcat.class).port(), firstAdminToken);
    }

    /**
     * Where this start wrote the {@code admin} token it made because the tokens file held none; empty when
     * tokens existed already (or authentication is off).
     */
    public Optional<Path> firstAdminToken() {
        return firstAdminToken;
    }

    /** The port the service listens on: the configured one, or the one picked for port 0. */
    public int port() {
        return port;
    }

    /** Where the service answers, such as {@code http://127.0.0.1:8080}; append {@code /api/books} and so on. */
    public URI uri() {
        return uri;
    }

    /** Stops taking requests, lets those in progress finish, then stops everything. Idempotent. */
    @Override
    public void close() {
        try {
            context.close();
        } finally {
            closed.countDown();
        }
    }

    /** Blocks until {@link #close()} has completed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }
}
