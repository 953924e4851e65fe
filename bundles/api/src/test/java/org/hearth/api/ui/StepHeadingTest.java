package org.hearth.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

class StepHeadingTest {

    @Test
    void aStepsHeadingCanTakeTheFocusWithoutJoiningTheTabOrder() {
        H1 heading = StepHeading.focus(new H1("Welcome back"));
        assertThat(heading.getElement().getAttribute("tabindex")).isEqualTo("-1");
    }
}
