package org.bookshelf.adapter.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bookshelf.adapter.web.security.TokenFile.StoredToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Checks opaque tokens against the {@link TokenFile}: the token's SHA-256 is compared, in constant time,
 * with every stored hash. The file is looked at again at most every {@link #RECHECK_INTERVAL} and re-read
 * when it changed, so a token added or revoked from the command line counts within that time, without a
 * restart. When the file cannot be read, the tokens last read stay in force.
 */
final class TokenFileIntrospector implements OpaqueTokenIntrospector {

    static final Duration RECHECK_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(TokenFileIntrospector.class);

    private record Snapshot(Object version, List<StoredToken> tokens) {}

    private final TokenFile file;
    private volatile Snapshot snapshot;
    private volatile long nextCheck;

    TokenFileIntrospector(TokenFile file) {
        this.file = file;
        this.snapshot = new Snapshot(version(), file.read());
        this.nextCheck = System.nanoTime() + RECHECK_INTERVAL.toNanos();
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        byte[] presented = TokenFile.sha256(token);
        StoredToken match = null;
        for (StoredToken stored : current().tokens()) {
            if (MessageDigest.isEqual(presented, stored.hash()) && match == null) {
                match = stored;
            }
        }
        if (match == null) {
            throw new BadOpaqueTokenException("unknown or revoked token");
        }
        return new OAuth2IntrospectionAuthenticatedPrincipal(
                match.name(),
                Map.of("sub", match.name()),
                List.of(new SimpleGrantedAuthority(match.role().authority())));
    }

    private Snapshot current() {
        long now = System.nanoTime();
        if (now - nextCheck < 0) {
            return snapshot;
        }
        synchronized (this) {
            if (now - nextCheck >= 0) {
                nextCheck = now + RECHECK_INTERVAL.toNanos();
                reloadIfChanged();
            }
            return snapshot;
        }
    }

    private void reloadIfChanged() {
        try {
            Object version = version();
            if (!Objects.equals(version, snapshot.version())) {
                snapshot = new Snapshot(version, file.read());
                LOG.info(
                        "Tokens reloaded from {}: {} tokens",
                        file.path(),
                        snapshot.tokens().size());
            }
        } catch (UncheckedIOException e) {
            LOG.warn(
                    "Cannot read the tokens file {}; the tokens read before stay in force: {}",
                    file.path(),
                    e.getCause().getMessage());
        }
    }

    /** What changes whenever the file is replaced or edited: its identity, modification time and size. */
    private Object version() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
            return List.of(
                    Objects.requireNonNullElse(attributes.fileKey(), ""),
                    attributes.lastModifiedTime(),
                    attributes.size());
        } catch (NoSuchFileException e) {
            return "absent";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
