package org.bookshelf.server;

import jakarta.servlet.ServletContainerInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Tomcat, started and stopped with the Spring context that holds it. Stopping is graceful: no new
 * requests are taken, the ones in progress get up to {@code shutdownGrace} to finish, then Tomcat stops.
 * As a {@link SmartLifecycle} it stops before the context destroys its other beans (the store). Its
 * connector runs within {@link ConnectorLimits}.
 */
final class EmbeddedTomcat implements SmartLifecycle, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedTomcat.class);

    private final String host;
    private final int port;
    private final BookshelfSettings.Tls tls;
    private final Duration shutdownGrace;
    private final ConnectorLimits limits;
    private final ServletContainerInitializer application;
    private final InFlightRequests inFlight = new InFlightRequests();

    private Tomcat tomcat;
    private Path baseDir;
    private volatile boolean running;
    private volatile int localPort = -1;

    /** @param tls the certificate and key to serve HTTPS with, or {@code null} for plain HTTP */
    EmbeddedTomcat(
            String host,
            int port,
            BookshelfSettings.Tls tls,
            Duration shutdownGrace,
            ConnectorLimits limits,
            ServletContainerInitializer application) {
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.shutdownGrace = shutdownGrace;
        this.limits = limits;
        this.application = application;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            baseDir = Files.createTempDirectory("bookshelf-tomcat-");
            Path docBase = Files.createDirectory(baseDir.resolve("docs"));
            tomcat = new Tomcat();
            tomcat.setBaseDir(baseDir.toString());

            Connector connector = new Connector(Http11ProtocolWithoutStaleHttp09.class.getName());
            connector.setPort(port);
            connector.setProperty("address", host);
            connector.setThrowOnFailure(true);
            // Bound at start, not at init, so that a graceful stop can close the server socket first.
            connector.setProperty("bindOnInit", "false");
            limits.applyTo(connector);
            if (tls != null) {
                serveHttps(connector, tls);
            }
            tomcat.setConnector(connector);

            StandardHost standardHost = (StandardHost) tomcat.getHost();
            standardHost.setAutoDeploy(false);
            standardHost.getPipeline().addValve(new ProblemErrorReportValve());
            standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());

            Context context = tomcat.addContext("", docBase.toString());
            if (context instanceof StandardContext standardContext) {
                // Leak detection for redeployed web apps needs --add-opens; there is no redeploying here.
                standardContext.setClearReferencesThreadLocals(false);
                standardContext.setClearReferencesRmiTargets(false);
            }
            context.addServletContainerInitializer(application, null);
            context.getPipeline().addValve(inFlight);

            tomcat.start();
            if (connector.getState() != LifecycleState.STARTED || context.getState() != LifecycleState.STARTED) {
                throw new IllegalStateException("the web server did not start on " + host + ":" + port);
            }
            localPort = connector.getLocalPort();
            running = true;
        } catch (LifecycleException | IOException | RuntimeException e) {
            destroy();
            throw new IllegalStateException(
                    "the web server could not start on " + host + ":" + port + " (" + rootMessage(e) + ")", e);
        }
    }

    /** TLS from PEM files, as a proxy would do it, with Tomcat's defaults for protocols and ciphers (TLS 1.2 and 1.3). */
    private static void serveHttps(Connector connector, BookshelfSettings.Tls tls) {
        connector.setScheme("https");
        connector.setSecure(true);
        connector.setProperty("SSLEnabled", "true");
        SSLHostConfig hostConfig = new SSLHostConfig();
        SSLHostConfigCertificate certificate =
                new SSLHostConfigCertificate(hostConfig, SSLHostConfigCertificate.Type.UNDEFINED);
        certificate.setCertificateFile(tls.certificate().toString());
        certificate.setCertificateKeyFile(tls.privateKey().toString());
        hostConfig.addCertificate(certificate);
        connector.addSslHostConfig(hostConfig);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        Connector connector = tomcat.getConnector();
        connector.pause();
        connector.getProtocolHandler().closeServerSocketGraceful();
        try {
            if (!inFlight.awaitIdle(shutdownGrace)) {
                LOG.warn(
                        "{} requests still running after {} s; stopping anyway",
                        inFlight.running(),
                        shutdownGrace.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        destroy();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The port actually listened on; differs from the configured one when that was 0. */
    int port() {
        return localPort;
    }

    @Override
    public synchronized void destroy() {
        running = false;
        if (tomcat != null) {
            try {
                tomcat.stop();
                tomcat.destroy();
            } catch (LifecycleException e) {
                LOG.warn("Tomcat did not stop cleanly", e);
            }
            tomcat = null;
        }
        if (baseDir != null) {
            deleteRecursively(baseDir);
            baseDir = null;
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .map(Path::toFile)
                    .filter(file -> !file.delete())
                    .forEach(file -> LOG.debug("Could not delete {}", file));
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Could not delete {}", directory, e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
