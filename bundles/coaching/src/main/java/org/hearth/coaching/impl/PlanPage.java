package org.hearth.coaching.impl;

import java.util.Map;
import java.util.Optional;
import org.hearth.api.Texts;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The member's plan as a page to print, and as plain text to keep. Built with jsoup, which escapes every text. Only
 * ever made for the member who entered their PIN, from their own screen (never a public address).
 */
final class PlanPage {

    private static final String STYLE = "body{font-family:sans-serif;margin:16px;max-width:48rem}h1{font-size:20pt}"
            + "h2{font-size:14pt;margin-top:16px}p,li{font-size:12pt;white-space:pre-line}@media print{body{margin:0}}";

    private PlanPage() {
    }

    static String html(Texts texts, String name, Optional<Plan> plan, Map<Long, Resource> resources) {
        Document doc = new Document("");
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html").attr("lang", texts.locale().getLanguage());
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(texts.get("plan.title", name));
        head.appendElement("style").appendChild(new DataNode(STYLE));
        Element body = html.appendElement("body");
        body.appendElement("h1").text(texts.get("plan.title", name));
        if (plan.isEmpty()) {
            body.appendElement("p").text(texts.get("plan.none"));
            return doc.outerHtml();
        }
        Plan p = plan.get();
        body.appendElement("p").text(version(texts, p));
        section(body, texts.get("plan.strengths"), p.strengths());
        section(body, texts.get("plan.matters"), p.whatMatters());
        body.appendElement("h2").text(texts.get("plan.goals"));
        Element goals = body.appendElement("ul");
        for (Goal g : p.goals()) {
            Element item = goals.appendElement("li").attr("dir", "auto");
            item.appendElement("p").text(texts.get("plan.goal", texts.get(g.domain().key()), g.words()));
            item.appendElement("p").text(step(texts, g));
            g.resourceId().map(resources::get).ifPresent(r -> item.appendElement("p").text(texts.get("plan.resource",
                    r.name(), r.reach())));
        }
        section(body, texts.get("plan.supports"), p.supports());
        body.appendElement("p").text(texts.get("plan.review", Ui.day(texts, p.nextReview())));
        return doc.outerHtml();
    }

    static String text(Texts texts, String name, Optional<Plan> plan, Map<Long, Resource> resources) {
        StringBuilder out = new StringBuilder(texts.get("plan.title", name)).append("\n\n");
        if (plan.isEmpty()) {
            return out.append(texts.get("plan.none")).append('\n').toString();
        }
        Plan p = plan.get();
        out.append(version(texts, p)).append("\n\n").append(texts.get("plan.strengths")).append('\n')
                .append(p.strengths()).append("\n\n").append(texts.get("plan.matters")).append('\n')
                .append(p.whatMatters()).append("\n\n").append(texts.get("plan.goals")).append('\n');
        for (Goal g : p.goals()) {
            out.append("- ").append(texts.get("plan.goal", texts.get(g.domain().key()), g.words())).append("\n  ")
                    .append(step(texts, g)).append('\n');
            g.resourceId().map(resources::get).ifPresent(r -> out.append("  ")
                    .append(texts.get("plan.resource", r.name(), r.reach())).append('\n'));
        }
        return out.append('\n').append(texts.get("plan.supports")).append('\n').append(p.supports()).append("\n\n")
                .append(texts.get("plan.review", Ui.day(texts, p.nextReview()))).append('\n').toString();
    }

    private static String version(Texts texts, Plan p) {
        return texts.get(p.review() ? "plan.version.review" : "plan.version", p.version(), Ui.day(texts, p.agreedOn()));
    }

    private static String step(Texts texts, Goal g) {
        return g.stepBy().map(d -> texts.get("plan.step.by", g.step(), Ui.day(texts, d)))
                .orElseGet(() -> texts.get("plan.step", g.step()));
    }

    private static void section(Element body, String title, String words) {
        body.appendElement("h2").text(title);
        body.appendElement("p").attr("dir", "auto").text(words);
    }
}
