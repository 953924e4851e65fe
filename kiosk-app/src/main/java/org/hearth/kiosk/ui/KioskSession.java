package org.hearth.kiosk.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.hearth.kiosk.web.GuardFilter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.hearth.kiosk.KioskServices;

/**
 * What one browser session at the kiosk remembers: who is using it and in which language. Lives only
 * until the next idle reset or sign-out, which throws the whole session away.
 */
public final class KioskSession {

    private Viewer viewer = Viewer.VISITOR;
    private java.time.Instant pinGivenAt = java.time.Instant.MIN;
    private Locale language;
    private String pendingScan;

    private KioskSession(Locale language) {
        this.language = language;
    }

    /** The current session's state, created on first use in the kiosk's default language. */
    public static KioskSession current() {
        VaadinSession session = VaadinSession.getCurrent();
        KioskSession state = session.getAttribute(KioskSession.class);
        if (state == null) {
            state = new KioskSession(KioskServices.get().settings().language());
            session.setAttribute(KioskSession.class, state);
        }
        return state;
    }

    public Viewer viewer() {
        return viewer;
    }

    /**
     * Staff signed in: the session gets a new id (one known before sign-in is worth nothing after it), and
     * the server ends it when it has been quiet longer than the staff idle limit ({@link GuardFilter}).
     */
    void signIn(Viewer staff) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servlet) {
            servlet.getHttpServletRequest().changeSessionId();
        }
        VaadinSession.getCurrent().getSession().setAttribute(GuardFilter.STAFF_SESSION, Boolean.TRUE);
        this.viewer = staff;
        pinGiven();
    }

    /** Notes that the staff member just gave their PIN (at sign-in or when asked again). */
    void pinGiven() {
        pinGivenAt = java.time.Instant.now();
    }

    /** Whether the staff member gave their PIN within the last {@code within}; never for the visitor. */
    boolean pinGivenWithin(java.time.Duration within) {
        return viewer.isStaff() && !pinGivenAt.isBefore(java.time.Instant.now().minus(within));
    }

    /** Keeps a scanned code for the module about to open; never put in a URL, where it would be logged. */
    void holdScan(String code) {
        this.pendingScan = code;
    }

    /** The scanned code waiting for the module being opened, once. */
    java.util.Optional<String> takeScan() {
        String code = pendingScan;
        pendingScan = null;
        return java.util.Optional.ofNullable(code);
    }

    public Locale language() {
        return language;
    }

    /** Switches the language of this session and of the open screen. */
    void setLanguage(Locale language) {
        this.language = Texts.supported(language);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(this.language);
        }
    }

    /** The shell's own texts in this session's language. */
    public Texts texts() {
        return shellTexts(language);
    }

    static Texts shellTexts(Locale locale) {
        return Texts.load(KioskSession.class, "i18n.shell", locale);
    }

    /** Ends this person's turn: a fresh session at the welcome screen, nothing of theirs left behind. */
    static void endTurn() {
        UI.getCurrent().getPage().setLocation("/");
        VaadinSession.getCurrent().getSession().invalidate();
    }

    /** The person went home themselves: a fresh session as for the next person, but in their language. */
    static void goHomeIn(Locale language) {
        UI.getCurrent().getPage().setLocation("/?" + LANGUAGE_PARAMETER + "=" + Texts.supported(language).getLanguage());
        VaadinSession.getCurrent().getSession().invalidate();
    }

    /** The welcome screen's query parameter that picks the language of a fresh session. */
    static final String LANGUAGE_PARAMETER = "lang";
}
