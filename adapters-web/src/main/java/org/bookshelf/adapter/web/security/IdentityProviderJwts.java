package org.bookshelf.adapter.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bookshelf.adapter.web.security.AccessSettings.JwtSettings;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.function.SingletonSupplier;

/**
 * JWTs from a company identity provider: signature checked against its published keys, expiry, the issuer
 * (when one is configured) and the audience (when one is configured). The caller's roles come from the
 * claim {@link JwtSettings#rolesClaim()} — a list of role names, or one space-separated string; names
 * that are not Bookshelf roles are ignored — and the principal is the token's subject, which must be present.
 *
 * <p>The provider is contacted on the first JWT, not at start-up, so the service starts while it is down;
 * until its keys can be fetched, JWTs cannot be checked (and are answered 503).
 */
final class IdentityProviderJwts {

    private IdentityProviderJwts() {}

    static JwtDecoder decoder(JwtSettings settings) {
        Supplier<JwtDecoder> built = SingletonSupplier.of(() -> build(settings));
        return token -> {
            JwtDecoder decoder;
            try {
                decoder = built.get();
            } catch (RuntimeException e) {
                throw new JwtException("the identity provider cannot be reached: " + e.getMessage(), e);
            }
            return decoder.decode(token);
        };
    }

    private static JwtDecoder build(JwtSettings settings) {
        NimbusJwtDecoder decoder = settings.jwkSetUri() != null
                ? NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri().toString())
                        .build()
                : NimbusJwtDecoder.withIssuerLocation(settings.issuer().toString())
                        .build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(
                settings.issuer() != null
                        ? JwtValidators.createDefaultWithIssuer(
                                settings.issuer().toString())
                        : JwtValidators.createDefault());
        validators.add(
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank()));
        if (settings.audience() != null) {
            validators.add(new JwtAudienceValidator(settings.audience()));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** The authentication of a valid JWT: its subject, and the Bookshelf roles its roles claim names. */
    static AbstractAuthenticationToken authentication(Jwt jwt, String rolesClaim) {
        return new JwtAuthenticationToken(jwt, roles(jwt.getClaim(rolesClaim)), jwt.getSubject());
    }

    private static Collection<GrantedAuthority> roles(Object claim) {
        List<String> names;
        if (claim instanceof String spaceSeparated) {
            names = List.of(spaceSeparated.split("\\s+"));
        } else if (claim instanceof Collection<?> list) {
            names = list.stream().map(String::valueOf).toList();
        } else {
            names = List.of();
        }
        return names.stream()
                .map(Role::fromLabel)
                .flatMap(Optional::stream)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
