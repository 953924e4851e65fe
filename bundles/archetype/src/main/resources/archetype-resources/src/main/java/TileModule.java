package ${package};

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleContext;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * The tile: on the welcome screen for visitors (they read the notes) and on the staff home for peer staff and
 * coordinators (they write them). The kiosk gives the tile the id {@code tile-${moduleId}} and opens its screen at
 * {@code /m/${moduleId}}.
 */
@org.osgi.service.component.annotations.Component(service = KioskModule.class)
@ModuleDeclaration(id = "${moduleId}", title = "title", texts = NotesView.TEXTS, icon = VaadinIcon.COMMENT_O,
        audience = {Role.VISITOR, Role.PEER_STAFF, Role.COORDINATOR}, order = 95)
public class TileModule extends DeclaredModule {

    private final Notes notes;

    @Activate
    public TileModule(@Reference Notes notes) {
        this.notes = notes;
    }

    @Override
    public Component createView(ModuleContext context) {
        return new NotesView(notes, context);
    }
}
