package org.hearth.volunteers.impl;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.LongFunction;
import org.hearth.api.Texts;

/** The guardrails in words, before an approval: each line said plainly, a warning in bold, and who decides. */
final class GuardrailWords {

    private GuardrailWords() {
    }

    static void add(Div box, Texts texts, LongFunction<String> money, Guardrails g) {
        Guardrails.Check vpa = g.vpa();
        String vpaKey = vpa.over() ? "guard.vpa.over" : vpa.crosses() ? "guard.vpa.cross" : "guard.vpa.ok";
        box.add(line("guard-vpa", vpa.warns(), texts.get(vpaKey, money.apply(vpa.after()),
                money.apply(vpa.line().cents()), String.valueOf(g.year()))));
        Guardrails.Check tax = g.tax();
        String taxKey = tax.over() ? "guard.tax.over" : tax.crosses() ? "guard.tax.cross" : "guard.tax.ok";
        String taxText = texts.get(taxKey, money.apply(tax.after()), money.apply(tax.line().cents()),
                String.valueOf(g.year()));
        if (tax.line().year() != g.year()) {
            taxText += " " + texts.get("guard.tax.year", String.valueOf(tax.line().year()), String.valueOf(g.year()));
        }
        box.add(line("guard-tax", tax.warns(), taxText));
        g.topRate().ifPresent(rate -> box.add(line("guard-rate", true, texts.get("guard.rate", money.apply(rate),
                money.apply(g.rateCeiling().orElse(0L))))));
        if (g.warns()) {
            box.add(line("guard-decide", false, texts.get("guard.decide")));
        }
    }

    private static Paragraph line(String id, boolean warning, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        if (warning) {
            line.getStyle().set("font-weight", "700").set("color", "#8b0000");
            line.addClassName("warning");
        }
        return line;
    }
}
