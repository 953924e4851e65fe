package org.hearth.houserules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Arrays;


import org.hearth.api.DeclaredModule;
import org.hearth.api.KioskModule;
import org.hearth.api.ModuleDeclaration;
import org.hearth.api.ModuleContext;
import org.hearth.api.Role;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The center's house rules on the welcome screen; the rules themselves come from {@code org.hearth.houserules.cfg}. */
@org.osgi.service.component.annotations.Component(service = KioskModule.class, configurationPid = "org.hearth.houserules")
@Designate(ocd = HouseRulesModule.Config.class)
@ModuleDeclaration(id = "houserules", title = "title", texts = "i18n.houserules",
        icon = VaadinIcon.HOME_O, audience = Role.VISITOR, order = 90)
public class HouseRulesModule extends DeclaredModule {

    @ObjectClassDefinition(name = "Hearth house rules")
    public @interface Config {
        @AttributeDefinition(description = "The rules in English, one per entry")
        String[] rules_en() default {"Everyone is welcome here.", "This is an alcohol- and drug-free space.",
            "What is said here stays here.", "Be kind to yourself and to others."};

        @AttributeDefinition(description = "The rules in Spanish, one per entry")
        String[] rules_es() default {"Aquí todas las personas son bienvenidas.",
            "Este es un espacio libre de alcohol y drogas.", "Lo que se dice aquí, se queda aquí.",
            "Sé amable contigo y con los demás."};
    }

    private volatile Config config;

    @Activate
    @Modified
    void configure(Config config) {
        this.config = config;
    }

    @Override
    public Component createView(ModuleContext context) {
        Config current = config;
        String[] rules = "es".equals(context.locale().getLanguage()) ? current.rules_es() : current.rules_en();
        UnorderedList list = new UnorderedList();
        Arrays.stream(rules).map(ListItem::new).forEach(list::add);
        list.setId("house-rules");
        return new VerticalLayout(new H1(title(context.locale())), list);
    }
}
