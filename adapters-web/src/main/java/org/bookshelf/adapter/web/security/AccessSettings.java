package org.bookshelf.adapter.web.security;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Who may do what over HTTP.
 *
 * @param authentication whether callers are authenticated at all ({@code BOOKSHELF_AUTH}); when off,
 *                       everyone may do everything, which the service allows only on a loopback address
 * @param publicReads    whether reading the catalogue needs no token ({@code BOOKSHELF_READ_ACCESS=public},
 *                       the default) or at least the {@code reader} role ({@code token})
 * @param tokensFile     the opaque tokens ({@code BOOKSHELF_TOKENS_FILE}, default {@code <data dir>/tokens})
 * @param jwt            JWTs from an identity provider, or {@code null} to accept opaque tokens only
 */
public record AccessSettings(boolean authentication, boolean publicReads, Path tokensFile, JwtSettings jwt) {

    public AccessSettings {
        tokensFile = tokensFile.toAbsolutePath().normalize();
    }

    /** Where the first start writes the {@code admin} token it makes: {@code admin-token} beside the tokens file. */
    public Path firstAdminTokenFile() {
        return tokensFile.resolveSibling("admin-token");
    }

    /**
     * JWTs signed by an identity provider's keys.
     *
     * @param issuer     the issuer ({@code BOOKSHELF_JWT_ISSUER_URI}): its keys are found by OpenID Connect
     *                   discovery and every token's {@code iss} must equal it; {@code null} when only keys are given
     * @param jwkSetUri  where the signing keys are ({@code BOOKSHELF_JWT_JWK_SET_URI}); {@code null} to discover
     *                   them from the issuer
     * @param audience   a value every token's {@code aud} must contain ({@code BOOKSHELF_JWT_AUDIENCE}), or
     *                   {@code null} for no audience check
     * @param rolesClaim the claim listing the caller's roles ({@code BOOKSHELF_JWT_ROLES_CLAIM}, default
     *                   {@value #DEFAULT_ROLES_CLAIM}): {@code reader}, {@code editor}, {@code admin}
     */
    public record JwtSettings(URI issuer, URI jwkSetUri, String audience, String rolesClaim) {

        public static final String DEFAULT_ROLES_CLAIM = "roles";

        public JwtSettings {
            if (issuer == null && jwkSetUri == null) {
                throw new IllegalArgumentException("a JWT issuer URI or JWK set URI is needed");
            }
            rolesClaim = Objects.requireNonNullElse(rolesClaim, DEFAULT_ROLES_CLAIM);
        }
    }
}
