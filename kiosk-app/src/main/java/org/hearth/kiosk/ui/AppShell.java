package org.hearth.kiosk.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every kiosk screen: Lumo, the kiosk's large-touch styles, and server push. */
@Push(value = PushMode.AUTOMATIC, transport = Transport.LONG_POLLING)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/kiosk.css")
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Hearth");
        settings.addFavIcon("icon", "icons/hearth.svg", "any");
    }
}
