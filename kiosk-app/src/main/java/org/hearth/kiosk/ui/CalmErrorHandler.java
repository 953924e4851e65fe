package org.hearth.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns an exception in any screen's event handling into a kind message and a log entry with a reference. */
final class CalmErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CalmErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Error on a kiosk screen (reference {})", reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification note = Notification.show(
                        KioskSession.current().texts().get("error.action", reference), 6000, Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.LUMO_WARNING);
            });
        }
    }
}
