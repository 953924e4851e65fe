package org.hearth.api;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link KioskModule} that answers everything but {@link #createView} from its class's
 * {@link ModuleDeclaration}. Subclasses only create their view.
 *
 * @since 1.1
 */
public abstract class DeclaredModule implements KioskModule {

    private final ModuleDeclaration declaration;

    /** Reads the subclass's declaration; throws {@link IllegalStateException} when it has none. */
    protected DeclaredModule() {
        ModuleDeclaration found = null;
        for (Class<?> type = getClass(); found == null && type != null; type = type.getSuperclass()) {
            found = type.getAnnotation(ModuleDeclaration.class);
        }
        declaration = found;
        if (declaration == null) {
            throw new IllegalStateException(getClass().getName() + " has no @ModuleDeclaration");
        }
    }

    @Override
    public String id() {
        return declaration.id();
    }

    @Override
    public String title(Locale locale) {
        return texts(locale).get(declaration.title());
    }

    @Override
    public VaadinIcon icon() {
        return declaration.icon();
    }

    @Override
    public Set<Role> audience() {
        return EnumSet.copyOf(Arrays.asList(declaration.audience()));
    }

    @Override
    public int order() {
        return declaration.order();
    }

    @Override
    public boolean acceptsScans() {
        return declaration.acceptsScans();
    }

    /** The module's translations (from its own bundle) in the given language. */
    protected Texts texts(Locale locale) {
        return Texts.load(getClass(), declaration.texts(), locale);
    }
}
