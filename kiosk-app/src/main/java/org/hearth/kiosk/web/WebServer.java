package org.hearth.kiosk.web;

import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import com.vaadin.flow.di.LookupInitializer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.servlet.ServletContainerInitializerHolder;
import org.eclipse.jetty.http.HttpCookie;
import java.nio.file.Path;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.SecuredRedirectHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.hearth.kiosk.HostSettings;
import org.hearth.kiosk.KioskServices;
import org.hearth.kiosk.ui.AppShell;
import org.hearth.kiosk.ui.ModuleView;
import org.hearth.kiosk.ui.StaffHomeView;
import org.hearth.kiosk.ui.StaffLoginView;
import org.hearth.kiosk.ui.WelcomeView;
import org.hearth.kiosk.ui.CalmErrorView;

/**
 * Embedded Jetty serving the Vaadin kiosk shell at {@code /} and the health report at {@code /health}.
 * Vaadin's initialisers get their classes by hand: there is no classpath scanning.
 */
public final class WebServer {

    private final Server server;

    private WebServer(Server server) {
        this.server = server;
    }

    /** Starts serving; throws if the port cannot be bound. */
    public static WebServer start(HostSettings settings) throws Exception {
        Server server = new Server(threadPool());
        boolean tls = !TlsKeys.loopbackOnly(settings.bindAddress());
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // Jetty keeps a cache of recurring header fields for every open connection, a 96 KB table made whether it is
        // used or not; a kiosk's browser holds about five connections, so this was half a megabyte per kiosk. Reading
        // a handful of headers afresh costs microseconds.
        http.setHeaderCacheSize(0);
        ServerConnector connector = tls ? securedConnector(server, http, settings) : new ServerConnector(server,
                new HttpConnectionFactory(http));
        connector.setHost(settings.bindAddress());
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setErrorHandler(QuietErrors.forServer());
        ServletContextHandler context = context(settings);
        server.setHandler(tls ? new SecuredRedirectHandler(context) : context);
        server.setStopAtShutdown(false);
        server.start();
        http.setSecurePort(connector.getLocalPort());
        return new WebServer(server);
    }

    /**
     * A kiosk center has a handful of kiosks and staff PCs, not hundreds of clients: Jetty's default pool (up to 200
     * threads) grew to 70 when 20 kiosks opened the welcome screen at once (each browser fetches its scripts and
     * styles six at a time), and every idle thread keeps its stack and per-thread buffers for a minute. Requests
     * beyond the pool wait in its queue; push holds no thread (long polling is asynchronous).
     */
    static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4, 30_000);
        pool.setName("hearth-web");
        return pool;
    }

    static final int MAX_THREADS = 24;

    /**
     * Served beyond this computer, the kiosk speaks HTTPS; plain HTTP on the same port gets only a redirect to
     * it (Jetty tells the two apart by the first bytes). The certificate is the center's or one made here.
     */
    private static ServerConnector securedConnector(Server server, HttpConfiguration http, HostSettings settings)
            throws java.io.IOException {
        Path secrets = settings.keyFile().getParent();
        http.setSecureScheme("https");
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // kiosks and staff PCs reach it by address as often as by name
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        HttpConnectionFactory plain = new HttpConnectionFactory(http);
        SslConnectionFactory tls = new SslConnectionFactory(
                TlsKeys.context(secrets.resolve("tls.p12"), secrets.resolve("tls.password")), plain.getProtocol());
        return new ServerConnector(server, new DetectorConnectionFactory(tls), plain);
    }

    private static ServletContextHandler context(HostSettings settings) throws IOException, URISyntaxException {
        ClassLoader loader = WebServer.class.getClassLoader();
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.setClassLoader(loader);
        context.setBaseResource(staticResources(context, loader));
        context.getSessionHandler().setMaxInactiveInterval(Math.max(settings.staffIdleSeconds(),
                settings.idleResetSeconds()) + 120);
        protectCookie(context);
        context.setErrorHandler(QuietErrors.forContext());
        context.setInitParameter(InitParameters.SERVLET_PARAMETER_CLOSE_IDLE_SESSIONS, "true");
        context.setInitParameter(InitParameters.SERVLET_PARAMETER_HEARTBEAT_INTERVAL, "60");
        context.addServletContainerInitializer(
                new ServletContainerInitializerHolder(LookupServletContainerInitializer.class, LookupInitializer.class),
                new ServletContainerInitializerHolder(RouteRegistryInitializer.class,
                        WelcomeView.class, StaffLoginView.class, StaffHomeView.class, ModuleView.class),
                new ServletContainerInitializerHolder(ErrorNavigationTargetInitializer.class,
                        RouteNotFoundError.class, CalmErrorView.class),
                new ServletContainerInitializerHolder(VaadinAppShellInitializer.class, AppShell.class));
        context.addServlet(new ServletHolder(new HealthServlet()), "/health");
        context.addFilter(new org.eclipse.jetty.ee11.servlet.FilterHolder(new GuardFilter(
                path -> KioskServices.get().endpoint(path).isPresent(),
                () -> KioskServices.get().settings().staffIdleSeconds() + GuardFilter.GRACE_SECONDS)), "/*",
                java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        context.addFilter(new org.eclipse.jetty.ee11.servlet.FilterHolder(new EndpointFilter()), "/*",
                java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        ServletHolder vaadin = new ServletHolder(VaadinServlet.class);
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        context.addServlet(vaadin, "/*");
        return context;
    }

    /** The session cookie is out of scripts' reach and never sent by another site's page. */
    static void protectCookie(ServletContextHandler context) {
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.STRICT);
    }

    /** Every {@code META-INF/resources} folder on the classpath, as Vaadin expects of a web application. */
    private static Resource staticResources(ServletContextHandler context, ClassLoader loader)
            throws IOException, URISyntaxException {
        ResourceFactory factory = ResourceFactory.of(context);
        List<Resource> roots = new java.util.ArrayList<>();
        for (var url : Collections.list(loader.getResources("META-INF/resources"))) {
            roots.add(factory.newResource(url.toURI()));
        }
        return ResourceFactory.combine(roots);
    }

    /** The port actually bound (useful when configured as 0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(WebServer.class).warn("Stopping Jetty: {}", e.getMessage());
        }
    }
}
