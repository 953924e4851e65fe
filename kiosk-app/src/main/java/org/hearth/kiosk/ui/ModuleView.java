package org.hearth.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.hearth.kiosk.KioskServices;
import org.hearth.kiosk.osgi.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts one module's view at {@code /m/<id>}: checks the viewer's role before the view is created, shows a
 * calm panel if the module throws, and goes home when the module's bundle leaves.
 */
@Route(value = "m/:module", layout = KioskLayout.class)
public class ModuleView extends Div implements BeforeEnterObserver, LocaleChangeObserver {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleView.class);

    private String moduleId;
    private Locale shownIn;
    private volatile KioskModule shown;
    private Runnable listener;

    public ModuleView() {
        addClassName("module-host");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleId = event.getRouteParameters().get("module").orElse("");
        Optional<ModuleRegistry.Entry> entry = KioskServices.get().modules().find(moduleId);
        Viewer viewer = KioskSession.current().viewer();
        if (entry.isPresent() && !ModuleRegistry.mayOpen(entry.get().module(), viewer)) {
            LOG.info("Module '{}' refused to a viewer with roles {}", moduleId, viewer.roles());
            event.forwardTo(viewer.isStaff() ? StaffHomeView.class : StaffLoginView.class);
            return;
        }
        show(entry);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        // Vaadin also calls this right after navigation; rebuild only for a real change of language, or the
        // view would be made twice (and lose a scanned code, which is handed over once)
        if (moduleId != null && !event.getLocale().equals(shownIn)) {
            show(KioskServices.get().modules().find(moduleId));
        }
    }

    private void show(Optional<ModuleRegistry.Entry> entry) {
        removeAll();
        shown = null;
        shownIn = KioskSession.current().language();
        Texts texts = KioskSession.current().texts();
        if (entry.isEmpty()) {
            add(new H2(texts.get("module.gone")), homeButton(texts));
            return;
        }
        KioskModule module = entry.get().module();
        shown = module;
        try {
            Component view = module.createView(new Context(KioskSession.current(), KioskSession.current().takeScan()));
            if (view == null) {
                throw new IllegalStateException("createView returned nothing");
            }
            add(view);
        } catch (RuntimeException | LinkageError e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Module '{}' failed to show its view (reference {})", moduleId, reference, e);
            KioskServices.get().modules().markFailed(moduleId, reference);
            removeAll();
            add(CalmErrorView.panel(texts, reference));
        }
    }

    private static Button homeButton(Texts texts) {
        return new Button(texts.get("error.home"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(WelcomeView.class)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        listener = () -> {
            // by identity: another bundle's module with the same id is not the one whose view is open
            if (shown == null || !KioskServices.get().modules().offers(shown)) {
                ui.access(() -> ui.navigate(KioskSession.current().viewer().isStaff() ? "staff/home" : ""));
            }
        };
        KioskServices.get().modules().addListener(listener);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        KioskServices.get().modules().removeListener(listener);
    }

    /** The context handed to the module: this session's language and viewer. */
    private final class Context implements ModuleContext {
        private final KioskSession session;
        private final Optional<String> scannedCode;

        Context(KioskSession session, Optional<String> scannedCode) {
            this.session = session;
            this.scannedCode = scannedCode;
        }

        @Override
        public Optional<String> scannedCode() {
            return scannedCode;
        }

        @Override
        public Locale locale() {
            return session.language();
        }

        @Override
        public Viewer viewer() {
            return session.viewer();
        }

        @Override
        public void confirmPin(java.time.Duration within, Runnable then) {
            Viewer viewer = session.viewer();
            if (!viewer.isStaff()) {
                return;
            }
            if (session.pinGivenWithin(within)) {
                then.run();
                return;
            }
            String personId = viewer.personId().orElseThrow();
            new PinPrompt(session.texts(), pin -> {
                boolean right = KioskServices.get().accounts().map(a -> a.confirmPin(personId, pin)).orElse(false);
                if (right) {
                    session.pinGiven();
                    KioskServices.get().audit().ifPresent(log -> log.record(personId, "staff.pin.again", personId));
                }
                return right;
            }, then).open();
        }

        @Override
        public void finish() {
            if (session.viewer().isStaff()) {
                getUI().ifPresent(ui -> ui.navigate(StaffHomeView.class));
            } else {
                KioskSession.endTurn();
            }
        }
    }
}
