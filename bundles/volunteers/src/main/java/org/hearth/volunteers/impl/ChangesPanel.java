package org.hearth.volunteers.impl;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** What changed on the schedule in the last week (picks, drops, swaps, removals), newest first. */
final class ChangesPanel extends Div {

    static final int DAYS = 7;
    static final int MOST = 30;

    ChangesPanel(WeekBoard board) {
        setId("board-changes");
        add(new H2(board.texts.get("changes.title")));
        List<ScheduleChange> changes = board.services.book().changes(board.services.plan().now().minusDays(DAYS), MOST);
        if (changes.isEmpty()) {
            add(new Paragraph(board.texts.get("changes.none")));
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(board.texts.locale());
        UnorderedList list = new UnorderedList();
        java.util.Map<String, java.util.Optional<String>> names = new java.util.HashMap<>();
        java.util.function.Function<String, java.util.Optional<String>> name = id -> names.computeIfAbsent(id,
                board.services.candidates()::name);
        for (ScheduleChange c : changes) {
            String who = c.personId().flatMap(name).orElse(board.texts.get("shift.someone"));
            String other = c.otherId().flatMap(name).orElse("");
            ShiftRole role = board.roles.get(c.roleCode());
            list.add(new ListItem(board.texts.get("changes." + c.kind().toLowerCase(java.util.Locale.ROOT), who, other,
                    role == null ? c.roleCode() : role.name(board.texts.locale()), when.format(c.shiftStart()),
                    when.format(c.at()))));
        }
        add(list);
    }
}
