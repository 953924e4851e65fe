package org.hearth.coaching.impl;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.hearth.api.KindOfSupport;
import org.hearth.api.ModuleContext;
import org.hearth.api.Texts;
import org.hearth.api.ui.StepHeading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The center's list of community resources, by kind of support: add one, or mark it no longer offered. */
class ResourcesView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(ResourcesView.class);

    private final CoachingServices services;
    private final Texts texts;
    private final String actor;
    private final Paragraph message = Steps.message("resources-message");

    ResourcesView(CoachingServices services, ModuleContext context) {
        this.services = services;
        this.texts = context.texts(ResourcesView.class, CoachingServices.TEXTS);
        this.actor = context.viewer().personId().orElse("staff");
        addClassName("coaching-resources");
        setPadding(false);
        showList();
    }

    void showList() {
        removeAll();
        add(StepHeading.focus(new H1(texts.get("resources.title"))), new Paragraph(texts.get("resources.intro")), message);
        Steps.attempt(() -> services.resources().list(false), texts, message, LOG, "The resources").ifPresent(list -> {
            if (list.isEmpty()) {
                add(new Paragraph(texts.get("resources.none")));
            }
            list.forEach(r -> {
                Paragraph line = new Paragraph(texts.get("resources.line", r.name(), kind(r.kind()), r.about(), r.reach()));
                line.getElement().setAttribute("dir", "auto");
                var retire = Ui.button(texts, "resources-retire-" + r.id(), "resources.retire", () -> save(
                        new Resource(r.id(), r.name(), r.kind(), r.about(), r.reach(), false)));
                retire.getElement().setAttribute("aria-label", texts.get("resources.retire") + ": " + r.name());
                add(Ui.row(line, retire));
            });
        });
        add(form());
    }

    private VerticalLayout form() {
        TextField name = field("name", Resource.MAX_NAME);
        Select<KindOfSupport> kind = new Select<>();
        kind.setId("resources-kind");
        kind.setLabel(texts.get("resources.kind"));
        kind.setItems(KindOfSupport.values());
        kind.setItemLabelGenerator(this::kind);
        kind.setValue(KindOfSupport.INSTRUMENTAL);
        TextField about = field("about", Resource.MAX_ABOUT);
        TextField reach = field("reach", Resource.MAX_REACH);
        var add = Ui.button(texts, "resources-add", "resources.add", () -> save(new Resource(0, name.getValue(),
                kind.getValue() == null ? KindOfSupport.INSTRUMENTAL : kind.getValue(), about.getValue(),
                reach.getValue(), true)));
        VerticalLayout form = new VerticalLayout(new H2(texts.get("resources.add")), Ui.row(name, kind), about, reach, add);
        form.setPadding(false);
        return form;
    }

    private TextField field(String name, int max) {
        TextField field = new TextField(texts.get("resources." + name));
        field.setId("resources-" + name);
        field.setMaxLength(max);
        field.setWidth("24rem");
        return field;
    }

    private String kind(KindOfSupport kind) {
        return texts.get("kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    private void save(Resource resource) {
        if (Steps.run(() -> services.resources().save(resource), texts, message, LOG, "Saving a resource")) {
            services.audit().record(actor, "coaching.resource.save", "coaching");
            showList();
            message.setText(texts.get("resources.saved"));
        }
    }
}
