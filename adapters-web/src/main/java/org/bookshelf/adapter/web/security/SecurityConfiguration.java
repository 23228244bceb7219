package org.bookshelf.adapter.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what over HTTP, per the {@link AccessSettings} bean of the parent context: stateless bearer
 * tokens (no cookies, no sessions), opaque ones from the {@link TokenFile} and, when configured, JWTs from
 * an identity provider.
 *
 * <ul>
 * <li>Always public, whatever token is sent: {@code /health*}, {@code /api/openapi.yaml}, {@code /api/docs}, and
 *     the catalogue page ({@code /} and its assets under {@code /page}; the data it shows follows the rules
 *     below).</li>
 * <li>{@code /metrics}: any valid token, whatever its role, even when reads are public.</li>
 * <li>Reads ({@code GET}, {@code HEAD}, {@code OPTIONS}) of {@code /api}: public, or the {@code reader} role
 *     when reads need a token.</li>
 * <li>{@code DELETE /api/authors/{id}}: {@code admin}. Every other write: {@code editor}.</li>
 * </ul>
 * Roles include the lesser ones. A request that sends credentials which are not a valid bearer token is
 * refused (401) even where none is needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /** The request attribute naming the authenticated caller (a token's name, a JWT's subject), for the access log. */
    public static final String PRINCIPAL_ATTRIBUTE = SecurityConfiguration.class.getName() + ".principal";

    private static final String[] ALWAYS_PUBLIC = {
        "/health", "/health/**", "/api/openapi.yaml", "/api/docs", "/api/docs/**", "/", "/page/**"
    };
    private static final List<HttpMethod> READS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Bean
    @Order(1)
    SecurityFilterChain alwaysPublic(HttpSecurity http) {
        statelessAndHardened(http)
                .securityMatcher(ALWAYS_PUBLIC)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain catalogue(HttpSecurity http, AccessSettings access) {
        statelessAndHardened(http);
        if (!access.authentication()) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            return http.build();
        }
        ProblemResponses problems = new ProblemResponses();
        AuthenticationManager tokens = bearerTokens(access);
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(HttpMethod.DELETE, "/api/authors/*").hasRole(Role.ADMIN.name());
            requests.requestMatchers("/api/backup").hasRole(Role.ADMIN.name());
            requests.requestMatchers("/metrics").authenticated();
            for (HttpMethod read : READS) {
                var apiReads = requests.requestMatchers(read, "/api/**");
                if (access.publicReads()) {
                    apiReads.permitAll();
                } else {
                    apiReads.hasRole(Role.READER.name());
                }
                requests.requestMatchers(read, "/**").permitAll();
            }
            requests.anyRequest().hasRole(Role.EDITOR.name());
        });
        http.oauth2ResourceServer(resourceServer -> resourceServer
                .authenticationManagerResolver(request -> tokens)
                .bearerTokenResolver(new StrictBearerTokenResolver())
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems)
                .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(problems);
                        return filter;
                    }
                }));
        http.exceptionHandling(
                exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        http.addFilterAfter(new PrincipalForAccessLog(), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** {@code admin} includes {@code editor}, which includes {@code reader}. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.EDITOR.name())
                .role(Role.EDITOR.name())
                .implies(Role.READER.name())
                .build();
    }

    /** Opaque tokens ({@code bks_…}) are looked up in the tokens file; anything else is taken for a JWT, if JWTs are on. */
    private static AuthenticationManager bearerTokens(AccessSettings access) {
        OpaqueTokenAuthenticationProvider opaque =
                new OpaqueTokenAuthenticationProvider(new TokenFileIntrospector(new TokenFile(access.tokensFile())));
        if (access.jwt() == null) {
            return opaque::authenticate;
        }
        JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(IdentityProviderJwts.decoder(access.jwt()));
        String rolesClaim = access.jwt().rolesClaim();
        jwt.setJwtAuthenticationConverter(token -> IdentityProviderJwts.authentication(token, rolesClaim));
        return authentication -> authentication instanceof BearerTokenAuthenticationToken bearer
                        && bearer.getToken().startsWith(TokenFile.PREFIX)
                ? opaque.authenticate(authentication)
                : jwt.authenticate(authentication);
    }

    private static HttpSecurity statelessAndHardened(HttpSecurity http) {
        return http.csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .headers(headers ->
                        headers.cacheControl(cache -> cache.disable()).addHeaderWriter(new ResponsePolicyHeaders()));
    }

    /** Notes who the caller is, for the access log, which runs outside the security filters. */
    private static final class PrincipalForAccessLog extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)) {
                request.setAttribute(PRINCIPAL_ATTRIBUTE, caller.getName());
            }
            chain.doFilter(request, response);
        }
    }
}
