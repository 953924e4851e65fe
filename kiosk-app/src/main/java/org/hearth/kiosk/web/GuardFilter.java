package org.hearth.kiosk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every answer of the kiosk's web server passes through: only GET, HEAD and POST; only the kiosk's own
 * routes, files and the bundles' endpoints (anything else is a plain 404, not the app page); the headers a
 * careful web app sends; and a staff session that has been quiet longer than the staff idle limit ends here on
 * the server, whether or not its page is still open.
 */
public final class GuardFilter extends HttpFilter {

    /** Set on the HTTP session when staff sign in; the filter ends such a session when it has been idle too long. */
    public static final String STAFF_SESSION = "hearth.staff";
    static final String LAST_ACTIVITY = "hearth.lastActivity";
    /** An open page ends its own staff session at the limit; the server waits a little longer, never less. */
    public static final int GRACE_SECONDS = 5;
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(),"
            + " display-capture=(), fullscreen=(self)";

    private static final Logger LOG = LoggerFactory.getLogger(GuardFilter.class);
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    private static final Pattern ROUTE = Pattern.compile("/|/staff|/staff/home|/m/[A-Za-z0-9._-]{1,80}|/health");
    private static final Pattern VAADIN = Pattern.compile("/VAADIN/.*");
    private static final Pattern FILE_NAME = Pattern.compile(".*/[^/]+\\.[A-Za-z0-9]{1,10}");

    private final Predicate<String> endpoint;
    private final IntSupplier staffLimitSeconds;

    /** {@code staffLimitSeconds}: how long a staff session may be quiet before the server ends it. */
    GuardFilter(Predicate<String> endpoint, IntSupplier staffLimitSeconds) {
        this.endpoint = endpoint;
        this.staffLimitSeconds = staffLimitSeconds;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers(response);
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String path = request.getRequestURI();
        boolean file = VAADIN.matcher(path).matches() || isStaticFile(request, path);
        if (!file && !ROUTE.matcher(path).matches() && !endpoint.test(path)) {
            notFound(response);
            return;
        }
        if (!file) {
            response.setHeader("Cache-Control", "no-store");
            endQuietStaffSession(request);
        }
        chain.doFilter(request, response);
    }

    /** A file the kiosk ships (its styles, Lumo's): one that exists among the web application's resources. */
    private static boolean isStaticFile(HttpServletRequest request, String path) {
        try {
            return FILE_NAME.matcher(path).matches() && request.getServletContext().getResource(path) != null;
        } catch (java.net.MalformedURLException e) {
            return false;
        }
    }

    static void headers(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("X-Frame-Options", "DENY");
    }

    /** Ends a staff session quiet for longer than the limit; heartbeats of an open page do not count as use. */
    private void endQuietStaffSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            long now = System.currentTimeMillis();
            Object last = session.getAttribute(LAST_ACTIVITY);
            if (session.getAttribute(STAFF_SESSION) != null && last instanceof Long at
                    && now - at > staffLimitSeconds.getAsInt() * 1000L) {
                LOG.info("A staff session was ended on the server after the staff idle limit");
                session.invalidate();
                return;
            }
            if (!"heartbeat".equals(request.getParameter("v-r"))) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        } catch (IllegalStateException alreadyInvalid) {
            // the session ended while this request came in
        }
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(QuietErrors.page(404).getBytes(StandardCharsets.UTF_8));
    }
}
