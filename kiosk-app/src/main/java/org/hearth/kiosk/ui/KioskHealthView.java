package org.hearth.kiosk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import org.hearth.api.Texts;
import org.hearth.kiosk.web.HealthServlet;

/** What /health says, for a coordinator: overall status, then each bundle and module that failed, and why. */
final class KioskHealthView extends VerticalLayout {

    @SuppressWarnings("unchecked")
    KioskHealthView(Texts texts) {
        Map<String, Object> report = HealthServlet.report();
        Paragraph status = new Paragraph(texts.get("health.status." + report.get("status")));
        status.setId("health-status");
        add(new H1(texts.get("health.title")), status);
        UnorderedList problems = new UnorderedList();
        problems.setId("health-problems");
        for (Map<String, Object> bundle : (List<Map<String, Object>>) report.get("bundles")) {
            if (bundle.containsKey("error")) {
                Object name = bundle.getOrDefault("symbolicName", bundle.get("file"));
                problems.add(new ListItem(texts.get("health.bundle.failed", name, bundle.get("error"))));
            }
        }
        for (Map<String, Object> module : (List<Map<String, Object>>) report.get("modules")) {
            if ("FAILED".equals(module.get("state"))) {
                problems.add(new ListItem(texts.get("health.module.failed", module.get("id"), module.get("error"))));
            }
        }
        add(new H2(texts.get("health.problems")));
        add(problems.getChildren().findAny().isPresent() ? problems : new Paragraph(texts.get("health.none")));
        UnorderedList bundles = new UnorderedList();
        for (Map<String, Object> bundle : (List<Map<String, Object>>) report.get("bundles")) {
            bundles.add(new ListItem(bundle.getOrDefault("symbolicName", bundle.get("file")) + " "
                    + bundle.getOrDefault("version", "") + " — " + bundle.get("state")));
        }
        add(new H2(texts.get("health.bundles")), bundles, new Paragraph(texts.get("health.dropin")));
    }
}
