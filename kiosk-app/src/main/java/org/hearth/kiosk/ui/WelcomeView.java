package org.hearth.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.hearth.kiosk.KioskServices;
import org.hearth.kiosk.osgi.ModuleRegistry;

/** The welcome screen: a greeting and a tile for every visitor module, live as bundles come and go. */
@Route(value = "", layout = KioskLayout.class)
public class WelcomeView extends VerticalLayout implements LocaleChangeObserver, BeforeEnterObserver {

    private final H1 greeting = new H1();
    private final Paragraph note = new Paragraph();
    private final Tiles tiles = new Tiles();
    private final Paragraph hours = new Paragraph();
    private Runnable listener;

    public WelcomeView() {
        addClassName("welcome");
        note.addClassName("welcome-note");
        hours.setId("welcome-hours");
        hours.addClassName("welcome-note");
        add(greeting, note, tiles, hours);
    }

    /** Someone who pressed Home keeps their language ({@code /?lang=es}); nothing else is carried over. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(KioskSession.LANGUAGE_PARAMETER)
                .map(java.util.Locale::forLanguageTag)
                .filter(l -> Texts.LANGUAGES.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .ifPresent(KioskSession.current()::setLanguage);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ModuleRegistry modules = KioskServices.get().modules();
        listener = () -> ui.access(this::refresh);
        modules.addListener(listener);
        refresh();
        listenForScans();
    }

    /**
     * A USB scanner types a code quickly and presses Enter. Keystrokes less than 60 ms apart that end in
     * Enter are taken as a scan; a person typing is slower and the welcome screen has no text field.
     */
    private void listenForScans() {
        getElement().executeJs("""
                const view = this;
                let code = '', last = 0;
                const onKey = e => {
                  if (!view.isConnected) { document.removeEventListener('keydown', onKey, true); return; }
                  const now = Date.now();
                  if (now - last > 60) { code = ''; }
                  last = now;
                  if (e.key === 'Enter') {
                    if (code.length >= 3) { view.$server.scanned(code); }
                    code = '';
                  } else if (e.key.length === 1 && code.length < 64) {
                    code += e.key;
                  }
                };
                document.addEventListener('keydown', onKey, true);
                """);
    }

    @ClientCallable
    void scanned(String code) {
        String trimmed = code == null ? "" : code.strip();
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            return;
        }
        KioskServices.get().modules().visibleTo(Viewer.VISITOR).stream()
                .filter(e -> ModuleRegistry.acceptsScans(e.module()))
                .findFirst()
                .ifPresent(e -> {
                    KioskSession.current().holdScan(trimmed);
                    getUI().ifPresent(ui -> ui.navigate("m/" + ModuleRegistry.safeId(e.module())));
                });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        KioskServices.get().modules().removeListener(listener);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        refresh();
    }

    private void refresh() {
        Texts texts = KioskSession.current().texts();
        greeting.setText(texts.get("welcome.greeting"));
        note.setText(texts.get("welcome.note"));
        String open = KioskServices.get().settings().openingHours();
        hours.setText(open.isEmpty() ? "" : texts.get("welcome.hours", open));
        hours.setVisible(!open.isEmpty());
        tiles.show(KioskServices.get().modules().visibleTo(Viewer.VISITOR), texts.locale(), Viewer.VISITOR,
                texts.get("welcome.empty"));
    }
}
