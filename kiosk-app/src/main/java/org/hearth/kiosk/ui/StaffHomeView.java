package org.hearth.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import org.hearth.api.Texts;
import org.hearth.api.Viewer;
import org.hearth.kiosk.KioskServices;

/** The staff home: a tile for every staff module the signed-in role may open. */
@Route(value = "staff/home", layout = KioskLayout.class)
public class StaffHomeView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver {

    private final H1 title = new H1();
    private final Tiles tiles = new Tiles();
    static final int NOTICE_REFRESH_MILLIS = 5000;

    private Runnable listener;
    private com.vaadin.flow.shared.Registration poll;

    public StaffHomeView() {
        addClassName("staff-home");
        add(title, tiles);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!KioskSession.current().viewer().isStaff()) {
            event.forwardTo(StaffLoginView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        listener = () -> ui.access(this::refresh);
        KioskServices.get().modules().addListener(listener);
        refresh();
        // notices on tiles (for example someone asking to talk) change without any bundle changing
        ui.setPollInterval(NOTICE_REFRESH_MILLIS);
        poll = ui.addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        KioskServices.get().modules().removeListener(listener);
        poll.remove();
        event.getUI().setPollInterval(-1);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        refresh();
    }

    private static String roles(Texts texts, Viewer viewer) {
        return viewer.roles().stream().map(r -> texts.get(r.textKey())).collect(java.util.stream.Collectors.joining(", "));
    }

    private void refresh() {
        KioskSession session = KioskSession.current();
        Viewer viewer = session.viewer();
        Texts texts = session.texts();
        title.setText(texts.get("staff.home.title", viewer.displayName().orElse(""), roles(texts, viewer)));
        tiles.show(KioskServices.get().modules().visibleTo(viewer), texts.locale(), viewer,
                texts.get("staff.home.empty"));
    }
}
