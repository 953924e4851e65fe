package org.hearth.kiosk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guard in front of the kiosk, over real HTTP on a real Jetty: methods, paths, headers, quiet staff sessions. */
class GuardFilterTest {

    private Server server;
    private HttpClient client;
    private String base;

    /** Stands in for Vaadin: "/?staff=yes" signs in, any other page says who the session belongs to. */
    static final class App extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if ("yes".equals(request.getParameter("staff"))) {
                request.getSession(true).setAttribute(GuardFilter.STAFF_SESSION, true);
                request.changeSessionId();
            }
            var session = request.getSession(false);
            response.getWriter().write(session != null && session.getAttribute(GuardFilter.STAFF_SESSION) != null
                    ? "staff" : "visitor");
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setSendServerVersion(false);
        server.addConnector(connector);
        server.setErrorHandler(QuietErrors.forServer());
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        java.nio.file.Path files = java.nio.file.Files.createTempDirectory("guard-");
        java.nio.file.Files.createDirectories(files.resolve("lumo"));
        java.nio.file.Files.writeString(files.resolve("lumo/lumo.css"), "html {}");
        context.setBaseResource(org.eclipse.jetty.util.resource.ResourceFactory.root().newResource(files));
        WebServer.protectCookie(context);
        context.setErrorHandler(QuietErrors.forContext());
        context.addFilter(new FilterHolder(new GuardFilter("/volunteers/calendar.ics"::equals, () -> 1)), "/*",
                EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new App()), "/*");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void onlyReadingAndPostingAreAllowed() throws Exception {
        for (String method : new String[] {"TRACE", "PUT", "DELETE", "OPTIONS"}) {
            HttpResponse<String> answer = send(method, "/");
            assertThat(answer.statusCode()).as(method).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).contains("GET, HEAD, POST");
        }
        assertThat(send("POST", "/").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAreAPlain404AndTheKiosksOwnPathsAndEndpointsAreServed() throws Exception {
        for (String path : new String[] {"/nowhere", "/wp-admin/", "/m/", "/staff/home/x", "/m/a/b", "/lumo/none.css",
                "/wp-login.php"}) {
            HttpResponse<String> answer = send("GET", path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).contains("Back to the welcome screen").doesNotContainIgnoringCase("jetty");
        }
        for (String path : new String[] {"/", "/staff", "/staff/home", "/m/signin", "/health", "/VAADIN/build/x.js",
                "/lumo/lumo.css", "/volunteers/calendar.ics"}) {
            assertThat(send("GET", path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void everyAnswerCarriesTheCarefulHeadersAndPagesAreNeverCached() throws Exception {
        HttpResponse<String> page = send("GET", "/m/signin");
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(GuardFilter.CSP);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.headers().firstValue("Permissions-Policy")).contains(GuardFilter.PERMISSIONS);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("Server")).isEmpty();
        assertThat(send("GET", "/VAADIN/build/x.js").headers().firstValue("Cache-Control")).isEmpty();
        assertThat(send("TRACE", "/").headers().firstValue("Server")).isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndANewIdComesWithSignIn() throws Exception {
        HttpResponse<String> visitor = send("GET", "/m/signin");
        HttpResponse<String> staff = send("GET", "/?staff=yes");
        String cookie = staff.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(visitor.body()).isEqualTo("visitor");
        assertThat(send("GET", "/m/accounts").body()).isEqualTo("staff");
    }

    @Test
    void aStaffSessionQuietPastTheLimitEndsOnTheServerAndHeartbeatsAreNotUse() throws Exception {
        send("GET", "/?staff=yes");
        assertThat(send("GET", "/m/accounts").body()).isEqualTo("staff");
        Thread.sleep(700);
        send("POST", "/?v-r=heartbeat");
        Thread.sleep(700);

        assertThat(send("GET", "/m/accounts").body()).isEqualTo("visitor");
    }

    @Test
    void aStaffSessionInUseStays() throws Exception {
        send("GET", "/?staff=yes");
        for (int i = 0; i < 3; i++) {
            Thread.sleep(600);
            assertThat(send("POST", "/?v-r=uidl").body()).isEqualTo("staff");
        }
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
