package org.hearth.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountTableTest {

    @Test
    void everyPeriodIsACardWithItsHeadingAndEachCountBesideItsLabel() {
        CountTable table = new CountTable("counts", "Visit counts", List.of("Visits", "People"), 2)
                .add("2026-11-25", List.of("3", "2")).add("2026-11-26", List.of("0", "0"));
        assertThat(table.getElement().getAttribute("aria-label")).isEqualTo("Visit counts");
        List<Element> cards = table.getElement().getChildren().toList();
        assertThat(cards).hasSize(2);
        Element first = cards.get(0);
        assertThat(first.getChild(0).getTag()).isEqualTo("h2");
        assertThat(first.getChild(0).getText()).isEqualTo("2026-11-25");
        List<Element> cells = first.getChild(1).getChildren().toList();
        assertThat(cells).extracting(Element::getTextRecursively).containsExactly("Visits3", "People2");
        table.clear();
        assertThat(table.getElement().getChildCount()).isZero();
    }
}
