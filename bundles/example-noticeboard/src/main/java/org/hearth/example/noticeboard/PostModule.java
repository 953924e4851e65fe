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

/** Posting and taking down notices, on the staff home: tile {@code tile-noticeboard-post}. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class)
@ModuleDeclaration(id = "noticeboard-post", title = "post.title", texts = BoardView.TEXTS, icon = VaadinIcon.PIN_POST,
        audience = {Role.PEER_STAFF, Role.COORDINATOR}, order = 85)
public class PostModule extends DeclaredModule {

    private final Notices notices;

    @Activate
    public PostModule(@Reference Notices notices) {
        this.notices = notices;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new BoardView(notices, context, true);
    }
}
