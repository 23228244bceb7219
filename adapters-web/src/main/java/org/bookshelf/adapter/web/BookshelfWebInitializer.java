package org.bookshelf.adapter.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bookshelf.adapter.web.security.AccessSettings;
import org.bookshelf.adapter.web.security.SecurityConfiguration;
import org.bookshelf.application.service.BookshelfUseCases;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Installs the web adapter into a servlet container: the access log, the timing of requests, the security
 * filters, the request body limit and Spring MVC's dispatcher, whose context is a child of {@code application}.
 * The only way in from outside this package.
 *
 * <p>{@code application} must hold one {@link BookshelfUseCases} bean, whose driving ports the controllers
 * call (and nothing else of the application), one {@link AccessSettings} bean saying who may do what, and one
 * {@link io.micrometer.prometheusmetrics.PrometheusMeterRegistry} bean to record requests on and serve at
 * {@code /metrics}; it may hold {@link ReadinessCheck} beans for {@code /health/ready}. The child context
 * closes with the servlet context.
 *
 * <p>{@code publicUrl} is where clients reach the service, such as {@code https://books.example.org},
 * without trailing slash: the {@code Location} of a created resource is that URL followed by the
 * resource's path. Without one, {@code Location} is the path alone, relative to the host the client
 * asked; it is never built from the request's {@code Host} header.
 */
public final class BookshelfWebInitializer implements ServletContainerInitializer {

    private static final String SECURITY_FILTER = "springSecurityFilterChain";
    static final String HTTP_REQUESTS_TIMER = "httpRequestsTimer";

    private final ApplicationContext application;
    private final URI publicUrl;
    private final long importMaxBytes;

    /**
     * @param publicUrl      the service's public URL, or {@code null} for {@code Location}s relative to the host
     * @param importMaxBytes the largest body an import takes; every other body is limited to 64 KiB
     */
    public BookshelfWebInitializer(ApplicationContext application, URI publicUrl, long importMaxBytes) {
        this.application = Objects.requireNonNull(application, "application");
        this.publicUrl = publicUrl;
        this.importMaxBytes = importMaxBytes;
    }

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext servletContext) {
        AnnotationConfigWebApplicationContext web = new AnnotationConfigWebApplicationContext();
        web.setParent(application);
        web.setDisplayName("Bookshelf web adapter");
        web.register(WebConfiguration.class, SecurityConfiguration.class);
        web.setServletContext(servletContext);
        if (publicUrl != null) {
            servletContext.setAttribute(ResourceHeaders.PUBLIC_URL_ATTRIBUTE, publicUrl.toString());
        }
        servletContext.addListener(new ServletContextListener() {
            @Override
            public void contextDestroyed(ServletContextEvent event) {
                web.close();
            }
        });

        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        servletContext.addFilter("accessLog", new AccessLogFilter()).addMappingForUrlPatterns(requests, false, "/*");
        servletContext
                .addFilter("deferredFlush", new DeferredFlushFilter())
                .addMappingForUrlPatterns(requests, true, "/*");
        // Before the security filters, so that the requests they refuse are measured too.
        servletContext
                .addFilter(HTTP_REQUESTS_TIMER, new DelegatingFilterProxy(HTTP_REQUESTS_TIMER, web))
                .addMappingForUrlPatterns(requests, true, "/*");
        servletContext
                .addFilter(SECURITY_FILTER, new DelegatingFilterProxy(SECURITY_FILTER, web))
                .addMappingForUrlPatterns(requests, true, "/*");
        servletContext
                .addFilter(
                        "requestBodyLimit",
                        new RequestBodyLimitFilter(
                                WebConfiguration.MAX_BODY_BYTES, Map.of(ImportController.PATH, importMaxBytes)))
                .addMappingForUrlPatterns(requests, true, "/*");

        // Refreshed here, not lazily by the first filter or the dispatcher, so a broken configuration stops the start.
        web.refresh();
        ServletRegistration.Dynamic dispatcher = servletContext.addServlet("bookshelf", new DispatcherServlet(web));
        dispatcher.setLoadOnStartup(1);
        dispatcher.addMapping("/");
    }
}
