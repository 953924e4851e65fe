package org.hearth.kiosk.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which paths a bundle's web endpoint may answer. The kiosk's own paths (its screens, {@code /health}, Vaadin's
 * and the kiosk's files) are never a bundle's, so no drop-in can put a page of its own where a person expects
 * the kiosk's (a fake PIN form on {@code /staff}, say). A drop-in serves only under a prefix named after it:
 * {@code org.example.noticeboard} under {@code /noticeboard/}.
 */
public final class EndpointPaths {

    private static final Pattern RESERVED = Pattern.compile(
            "/|/health(/.*)?|/staff(/.*)?|/m(/.*)?|/VAADIN(/.*)?|/styles(/.*)?|/HEARTBEAT.*|/\\?.*", Pattern.CASE_INSENSITIVE);

    private EndpointPaths() {
    }

    public static boolean reserved(String path) {
        return path == null || RESERVED.matcher(path).matches();
    }

    /** The prefix a drop-in's endpoints live under: the last part of its symbolic name, in lower case. */
    public static String prefix(String symbolicName) {
        String name = String.valueOf(symbolicName);
        return "/" + name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) + "/";
    }

    /** Whether a drop-in with this symbolic name may answer {@code path}. */
    public static boolean ownedBy(String symbolicName, String path) {
        return !reserved(path) && path.startsWith(prefix(symbolicName)) && !reserved(prefix(symbolicName).replaceAll("/$", ""));
    }
}
