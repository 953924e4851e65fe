package org.hearth.kiosk.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.hearth.kiosk.KioskServices;
import org.hearth.kiosk.osgi.BundleHealth;
import org.hearth.kiosk.osgi.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /health}: JSON for monitoring scripts. {@code status} is STARTING (the shipped modules are not
 * all live yet), UP, DEGRADED (something failed but the kiosk serves) or DOWN (the database is unreachable).
 * Loopback callers get every detail, in plain words; others get the status alone. It only looks: it never
 * starts or retries anything.
 */
public final class HealthServlet extends HttpServlet {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger LOG = LoggerFactory.getLogger(HealthServlet.class);
    private static volatile String lastDatabaseProblem;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> body = forCaller(report(), isLoopback(request.getRemoteAddr()));
        Object status = body.get("status");
        response.setStatus("DOWN".equals(status) || "STARTING".equals(status) ? 503 : 200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }

    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Everything for loopback callers (monitoring on this computer); the bare status for anyone else. */
    static Map<String, Object> forCaller(Map<String, Object> report, boolean loopback) {
        return loopback ? report : Map.of("status", report.get("status"));
    }

    /** The full report, as loopback callers get it. */
    public static Map<String, Object> report() {
        KioskServices services = KioskServices.get();
        List<String> reasons = new ArrayList<>();
        Map<String, Object> database = database(services.dataSource());
        services.databaseEngine().ifPresent(engine -> database.put("engine", engine));
        if (!"UP".equals(database.get("status"))) {
            reasons.add("The database is not available.");
        }
        List<Map<String, Object>> bundles = bundles(services.bundleHealth().items(), reasons);
        List<Map<String, Object>> modules = modules(services.modules().entries(), reasons);
        List<String> starting = services.bundleHealth().stillStarting();
        String status = !starting.isEmpty() ? "STARTING" : !"UP".equals(database.get("status")) ? "DOWN"
                : reasons.isEmpty() ? "UP" : "DEGRADED";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (!starting.isEmpty()) {
            body.put("starting", starting);
        }
        if (!reasons.isEmpty()) {
            body.put("reasons", reasons);
        }
        body.put("database", database);
        body.put("bundles", bundles);
        body.put("modules", modules);
        return body;
    }

    /** Every bundle with its state and, when it failed, a plain error; each failure adds to {@code reasons}. */
    private static List<Map<String, Object>> bundles(List<BundleHealth.Item> items, List<String> reasons) {
        List<Map<String, Object>> bundles = new ArrayList<>();
        for (BundleHealth.Item item : items) {
            Map<String, Object> bundle = new LinkedHashMap<>();
            putIfPresent(bundle, "symbolicName", item.symbolicName());
            putIfPresent(bundle, "version", item.version());
            bundle.put("state", item.failed() && "ACTIVE".equals(item.state()) ? "ACTIVE" : item.state());
            putIfPresent(bundle, "file", item.file());
            putIfPresent(bundle, "error", item.error());
            if (item.failed()) {
                reasons.add((item.symbolicName() != null ? item.symbolicName() : item.file()) + " failed.");
            }
            bundles.add(bundle);
        }
        return bundles;
    }

    /** Every module offered, with its state; each failed one adds to {@code reasons}. */
    private static List<Map<String, Object>> modules(List<ModuleRegistry.Entry> entries, List<String> reasons) {
        List<Map<String, Object>> modules = new ArrayList<>();
        for (ModuleRegistry.Entry entry : entries) {
            Map<String, Object> module = new LinkedHashMap<>();
            module.put("id", ModuleRegistry.safeId(entry.module()));
            module.put("state", entry.state().name());
            module.put("bundle", entry.bundleName());
            putIfPresent(module, "error", entry.error());
            if (entry.state() == ModuleRegistry.State.FAILED) {
                reasons.add("Module " + module.get("id") + " failed.");
            }
            modules.add(module);
        }
        return modules;
    }

    private static Map<String, Object> database(Optional<DataSource> dataSource) {
        Map<String, Object> database = new LinkedHashMap<>();
        if (dataSource.isEmpty()) {
            database.put("status", "DOWN");
            database.put("error", "No database service is registered (is the platform bundle active?).");
            return database;
        }
        try (Connection connection = dataSource.get().getConnection()) {
            boolean valid = connection.isValid(2);
            database.put("status", valid ? "UP" : "DOWN");
            lastDatabaseProblem = null;
        } catch (Exception e) {
            logOnce(rootCause(e));
            database.put("status", "DOWN");
            database.put("error", "The database cannot be used just now; the log says why. If the disk is full,"
                    + " free some space; the kiosk reconnects by itself.");
        }
        return database;
    }

    /** Monitoring polls /health often: the reason goes to the log once, not at every poll. */
    private static void logOnce(String problem) {
        if (!problem.equals(lastDatabaseProblem)) {
            lastDatabaseProblem = problem;
            LOG.warn("The database cannot be used: {}", problem);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
