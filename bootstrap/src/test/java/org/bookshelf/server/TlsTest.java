package org.bookshelf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bookshelf.server.BookshelfSettings.Store;
import org.bookshelf.server.BookshelfSettings.Tls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS without a proxy, from a PEM certificate and key such as a certificate authority hands out. */
class TlsTest {

    @TempDir
    Path dir;

    @Test
    void servesHttpsFromPemFiles() throws Exception {
        Path certificate = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Process openssl = new ProcessBuilder(
                        "openssl",
                        "req",
                        "-x509",
                        "-newkey",
                        "rsa:2048",
                        "-nodes",
                        "-days",
                        "1",
                        "-subj",
                        "/CN=127.0.0.1",
                        "-addext",
                        "subjectAltName=IP:127.0.0.1",
                        "-keyout",
                        key.toString(),
                        "-out",
                        certificate.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(openssl.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(openssl.exitValue()).isZero();

        TestTokens tokens = TestTokens.create();
        try (BookshelfServer server = BookshelfServer.start(tokens.applyTo(
                BookshelfSettings.defaults().withStore(Store.MEMORY).withPort(0).withTls(new Tls(certificate, key))))) {
            assertThat(server.uri().getScheme()).isEqualTo("https");
            HttpClient trusting =
                    HttpClient.newBuilder().sslContext(trusting(certificate)).build();

            var health = trusting.send(
                    HttpRequest.newBuilder(server.uri().resolve("/health")).build(), BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.sslSession())
                    .hasValueSatisfying(
                            session -> assertThat(session.getProtocol()).startsWith("TLSv1."));
        }
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry(
                    "bookshelf", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
