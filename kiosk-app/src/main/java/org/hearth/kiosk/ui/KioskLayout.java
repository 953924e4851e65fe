package org.hearth.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.hearth.api.Texts;
import org.hearth.kiosk.HostSettings;
import org.hearth.kiosk.KioskServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frame of every kiosk screen: the center's bar with the language switch and the staff entrance,
 * the content, and the idle guard that asks "Still here?" and then starts afresh.
 */
public class KioskLayout extends Div implements RouterLayout, LocaleChangeObserver {

    private static final Logger LOG = LoggerFactory.getLogger(KioskLayout.class);

    private final Div content = new Div();
    private final HorizontalLayout bar = new HorizontalLayout();
    private Dialog stillHere;

    public KioskLayout() {
        addClassName("kiosk");
        bar.addClassName("kiosk-bar");
        content.addClassName("kiosk-content");
        add(bar, content);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setLocale(KioskSession.current().language());
        VaadinSession.getCurrent().setErrorHandler(new CalmErrorHandler());
        buildBar();
        armIdleGuard(ui);
    }

    /** A new screen starts at its top, with the bar and its Home in view, wherever the last one was scrolled to. */
    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
        buildBar();
        getElement().executeJs("window.scrollTo(0, 0)");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        buildBar();
    }

    /**
     * Screen readers read the page in the chosen language, and Vaadin's own connection messages ("Online",
     * "Connection lost") are in it too.
     */
    private void markLanguage(UI ui, Locale language, Texts texts) {
        ui.getPage().executeJs("""
                document.documentElement.lang = $0;
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator
                    || document.querySelector('vaadin-connection-indicator');
                if (indicator) {
                  Object.assign(indicator, {onlineText: $1, offlineText: $2, reconnectingText: $3});
                }
                """, language.getLanguage(), texts.get("connection.online"), texts.get("connection.lost"),
                texts.get("connection.reconnecting"));
    }

    private void buildBar() {
        KioskSession session = KioskSession.current();
        Texts texts = session.texts();
        bar.removeAll();
        getUI().ifPresent(ui -> markLanguage(ui, session.language(), texts));
        boolean home = onHomeScreen();
        String center = KioskServices.get().settings().centerName();
        String label = !home ? texts.get("home.button") : center.isEmpty() ? texts.get("app.name") : center;
        Button name = new Button(label, VaadinIcon.HOME.create(), e -> goHome());
        name.setId("kiosk-home");
        name.addClassName("kiosk-home");
        HorizontalLayout languages = new HorizontalLayout();
        for (Locale language : Texts.LANGUAGES) {
            Button choose = new Button(language.getDisplayLanguage(language), e -> session.setLanguage(language));
            choose.addClassName("kiosk-language");
            choose.getElement().setAttribute("lang", language.getLanguage());
            if (language.getLanguage().equals(session.language().getLanguage())) {
                choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            languages.add(choose);
        }
        Component staff = session.viewer().isStaff()
                ? new Button(texts.get("staff.signout", session.viewer().displayName().orElse("")),
                        e -> KioskSession.endTurn())
                : new Button(texts.get("staff.entrance"), e -> e.getSource().getUI()
                        .ifPresent(ui -> ui.navigate(StaffLoginView.class)));
        staff.addClassName("kiosk-staff");
        Div spacer = new Div();
        bar.add(name, spacer, languages, staff);
        bar.expand(spacer);
    }

    /** Home: the staff home for staff; for a visitor a fresh start, with nothing of theirs left on screen. */
    private void goHome() {
        if (KioskSession.current().viewer().isStaff()) {
            getUI().ifPresent(ui -> ui.navigate(StaffHomeView.class));
        } else if (!isPristine()) {
            KioskSession.goHomeIn(KioskSession.current().language());
        }
    }

    /** After someone signs in: their name in the bar, and the idle timings of their role. */
    void viewerChanged(UI ui) {
        buildBar();
        armIdleGuard(ui);
    }

    /** Installs the browser-side idle timer; it calls back {@link #idleAsk} and {@link #idleReset}. */
    private void armIdleGuard(UI ui) {
        HostSettings settings = KioskServices.get().settings();
        boolean staff = KioskSession.current().viewer().isStaff();
        int reset = staff ? settings.staffIdleSeconds() : settings.idleResetSeconds();
        int ask = staff ? Math.max(reset / 2, reset - 30) : settings.idleAskSeconds();
        ui.getPage().executeJs("""
                const s = window.__hearthIdle = window.__hearthIdle || {};
                Object.assign(s, {host: $0, askMs: $1 * 1000, resetMs: $2 * 1000, last: Date.now(), asked: false, done: false});
                if (!s.installed) {
                  s.installed = true;
                  const bump = () => { s.last = Date.now(); if (s.asked) { s.asked = false; s.host.$server.idleActive(); } };
                  ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'].forEach(
                      t => document.addEventListener(t, bump, {capture: true, passive: true}));
                  setInterval(() => {
                    const quiet = Date.now() - s.last;
                    if (!s.done && quiet >= s.resetMs) { s.done = true; s.host.$server.idleReset(); }
                    else if (!s.asked && !s.done && quiet >= s.askMs) { s.asked = true; s.host.$server.idleAsk(); }
                  }, 500);
                }
                """, getElement(), ask, reset);
    }

    @ClientCallable
    void idleAsk() {
        if (isPristine()) {
            restartIdleTimer();
            return;
        }
        Texts texts = KioskSession.current().texts();
        stillHere = new Dialog();
        stillHere.addClassName("still-here");
        stillHere.setCloseOnOutsideClick(true);
        Button yes = new Button(texts.get("idle.yes"), e -> idleActive());
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        stillHere.add(new H2(texts.get("idle.question")), new Span(texts.get("idle.explain")), yes);
        stillHere.open();
    }

    @ClientCallable
    void idleActive() {
        if (stillHere != null) {
            stillHere.close();
            stillHere = null;
        }
    }

    @ClientCallable
    void idleReset() {
        if (isPristine()) {
            restartIdleTimer();
            return;
        }
        LOG.debug("Idle reset");
        KioskSession.endTurn();
    }

    private void restartIdleTimer() {
        getElement().executeJs("Object.assign(window.__hearthIdle, {last: Date.now(), asked: false, done: false})");
    }

    private boolean onHomeScreen() {
        return content.getChildren().findFirst()
                .map(c -> c instanceof WelcomeView || c instanceof StaffHomeView).orElse(true);
    }

    /** Nothing of anybody's is on screen: the welcome screen, default language, nobody signed in. */
    private boolean isPristine() {
        KioskSession session = KioskSession.current();
        boolean onWelcome = content.getChildren().findFirst().map(c -> c instanceof WelcomeView).orElse(false);
        return onWelcome && !session.viewer().isStaff()
                && session.language().equals(KioskServices.get().settings().language());
    }
}
