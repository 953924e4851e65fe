package org.hearth.example.noticeboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The board on the welcome screen: tile {@code tile-noticeboard}, screen {@code /m/noticeboard}. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class)
@ModuleDeclaration(id = "noticeboard", title = "board.title", texts = BoardView.TEXTS, icon = VaadinIcon.PIN,
        audience = Role.VISITOR, order = 85)
public class BoardModule extends DeclaredModule {

    private final Notices notices;

    @Activate
    public BoardModule(@Reference Notices notices) {
        this.notices = notices;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new BoardView(notices, context, false);
    }
}
