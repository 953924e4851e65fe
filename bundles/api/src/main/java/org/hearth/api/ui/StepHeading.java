package org.hearth.api.ui;

import com.vaadin.flow.component.HasElement;

/**
 * Moves the focus to a new step's heading, so a screen reader reads where the person now is and the next Tab
 * starts from there (otherwise focus stays on the page after each step). Call on the UI thread when a step is
 * shown.
 *
 * @since 1.1
 */
public final class StepHeading {

    private StepHeading() {
    }

    /** Focuses {@code heading} once it is on the page. */
    public static <T extends HasElement> T focus(T heading) {
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("requestAnimationFrame(() => this.focus({preventScroll: true}))");
        return heading;
    }
}
