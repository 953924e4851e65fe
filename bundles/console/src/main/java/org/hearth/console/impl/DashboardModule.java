package org.hearth.console.impl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import org.hearth.api.Centers;
import org.hearth.api.CountBoard;
import org.hearth.api.CountScope;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The coordinator's dashboard on the staff home: the center at a glance, with charts. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, immediate = true)
@ModuleDeclaration(id = "dashboard", title = "dashboard.title", texts = DashboardModule.TEXTS,
        icon = VaadinIcon.DASHBOARD, audience = Role.COORDINATOR, order = 5)
public class DashboardModule extends DeclaredModule {

    /** The console's texts, English and Spanish. */
    static final String TEXTS = "i18n.console";

    private final Figures figures;

    @Activate
    public DashboardModule(@Reference CountBoard board, @Reference Clock clock, @Reference Centers centers) {
        this.figures = new Figures(board, clock, new Scopes(centers), CountScope.NETWORK);
    }

    @Override
    public Component createView(ModuleContext context) {
        return new DashboardView(figures, context.texts(DashboardView.class, TEXTS));
    }
}
