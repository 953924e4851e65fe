package org.hearth.api;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares a module on its Declarative Services component: the kiosk reads these as service properties
 * ({@code hearth.module.id}, {@code hearth.module.audience}, …) without calling into the bundle, and
 * {@link DeclaredModule} answers {@link KioskModule}'s questions from them. A module is then mostly
 * declaration:
 *
 * <pre>{@code
 * @Component(service = KioskModule.class)
 * @ModuleDeclaration(id = "houserules", title = "title", texts = "i18n.houserules",
 *         icon = VaadinIcon.BOOK, audience = Role.VISITOR, order = 50)
 * public class HouseRulesModule extends DeclaredModule {
 *     public Component createView(ModuleContext context) { return new HouseRulesView(context); }
 * }
 * }</pre>
 *
 * @since 1.1
 */
@ComponentPropertyType
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModuleDeclaration {

    /** Service properties are named {@code hearth.module.<element>}. */
    String PREFIX_ = "hearth.module.";

    /** A stable, URL-safe id, unique in the kiosk. */
    String id();

    /** The key of the tile's title in the module's translations. */
    String title();

    /** The base name of the module's translations in its bundle, for example {@code i18n.signin}. */
    String texts();

    /** The tile's icon. */
    VaadinIcon icon();

    /** Who may open the module (see {@link KioskModule#audience()}). */
    Role[] audience();

    /** Tiles are sorted by this number, smallest first. */
    int order() default 100;

    /** Whether the module takes key tags scanned at the welcome screen. */
    boolean acceptsScans() default false;
}
