package org.hearth.kiosk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.hearth.api.WebEndpoint;
import org.hearth.kiosk.KioskServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes GET and HEAD requests for a bundle's {@link WebEndpoint} path to it; everything else goes on to Vaadin. */
final class EndpointFilter extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointFilter.class);

    private final Function<String, Optional<WebEndpoint>> endpoints;

    EndpointFilter() {
        this(path -> KioskServices.get().endpoint(path));
    }

    EndpointFilter(Function<String, Optional<WebEndpoint>> endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        Optional<WebEndpoint> endpoint = readOnly ? endpoints.apply(request.getRequestURI()) : Optional.empty();
        if (endpoint.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            endpoint.get().serve(request, response);
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.error("The endpoint {} failed", request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(500, "This resource is not available right now.");
            }
        }
    }
}
