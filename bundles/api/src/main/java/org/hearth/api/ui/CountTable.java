package org.hearth.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * Counts by period for staff that fit any screen, portrait tablet included: one card per period, its heading the
 * period, then every count with its own label beside it, flowing into as many columns as the width allows (a
 * table of fifteen columns would be twice as wide as the screen). The look comes from the host's style sheet
 * ({@code .count-table}). Use on the UI thread.
 *
 * @since 1.1
 */
@Tag("div")
public final class CountTable extends Component {

    private final List<String> labels;
    private final int headingLevel;

    /**
     * An empty table with this id and accessible name; {@code labels} name the counts of every row, in order, and
     * each period's heading is an {@code <h2>} to {@code <h6>} as {@code headingLevel} says.
     */
    public CountTable(String id, String name, List<String> labels, int headingLevel) {
        this.labels = List.copyOf(labels);
        this.headingLevel = Math.max(2, Math.min(6, headingLevel));
        setId(id);
        getElement().getClassList().add("count-table");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", name);
    }

    /** Adds a period's card: its name ({@code period}) and its counts, one for each label. */
    public CountTable add(String period, List<String> counts) {
        Element card = new Element("section");
        card.getClassList().add("count-period");
        card.appendChild(new Element("h" + headingLevel).setText(period));
        Element cells = new Element("div");
        cells.getClassList().add("count-cells");
        for (int i = 0; i < labels.size(); i++) {
            Element cell = new Element("div");
            cell.getClassList().add("count-cell");
            cell.appendChild(span("count-label", labels.get(i)),
                    span("count-value", i < counts.size() ? counts.get(i) : ""));
            cells.appendChild(cell);
        }
        card.appendChild(cells);
        getElement().appendChild(card);
        return this;
    }

    /** Empties the table. */
    public void clear() {
        getElement().removeAllChildren();
    }

    private static Element span(String className, String text) {
        Element span = new Element("span").setText(text);
        span.getClassList().add(className);
        return span;
    }
}
