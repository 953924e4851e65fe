package org.hearth.volunteers.impl;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whom to call about tomorrow's gaps: each shift tomorrow below what it wants, with the volunteers who may take
 * it (their requirements met, free at that time, scheduled for now).
 */
final class GapsPanel extends Div {

    GapsPanel(WeekBoard board) {
        setId("gaps-panel");
        Paragraph message = Steps.message("gaps-message");
        add(new H2(board.texts.get("gaps.title")), message);
        LocalDate tomorrow = board.services.plan().today().plusDays(1);
        Steps.attempt(() -> gaps(board, tomorrow), board.texts, message, WeekBoard.LOG, "Tomorrow's gaps")
                .ifPresent(gaps -> show(board, gaps));
        board.services.audit().record(board.actor, "volunteers.gaps.view", "volunteers");
        Div actions = WeekBoard.row(board.button("gaps-back", "back", board::showWeek));
        actions.addClassName("step-actions");
        add(actions);
    }

    private void show(WeekBoard board, Map<Staffing, List<String>> gaps) {
        if (gaps.isEmpty()) {
            add(new Paragraph(board.texts.get("gaps.none")));
        }
        gaps.forEach((s, names) -> {
            add(new H3(ShiftCard.when(board.texts, s.shift()) + " · " + Optional.ofNullable(board.roles.get(s.shift()
                    .roleCode())).map(r -> r.name(board.texts.locale())).orElse(s.shift().roleCode())));
            add(new Paragraph(board.texts.get("gaps.short", s.shift().people().wanted() - s.taken())));
            if (names.isEmpty()) {
                add(new Paragraph(board.texts.get("gaps.nobody")));
            } else {
                add(new UnorderedList(names.stream().map(ListItem::new).toArray(ListItem[]::new)));
            }
        });
    }

    private static Map<Staffing, List<String>> gaps(WeekBoard board, LocalDate day) {
        board.roles = board.services.roles().byCode();
        List<Staffing> short_ = board.services.plan().staffing(day, day).stream()
                .filter(s -> !s.shift().cancelled() && s.level() != Staffing.Level.ENOUGH).toList();
        Map<Staffing, List<String>> callList = new java.util.LinkedHashMap<>();
        short_.forEach(s -> callList.put(s, new java.util.ArrayList<>()));
        for (var account : board.services.candidates().accounts()) {
            board.services.candidates().find(account.personId()).ifPresent(c -> {
                var open = board.services.book().daysFor(c, day, day).open().stream().map(s -> s.shift().id())
                        .collect(Collectors.toSet());
                short_.stream().filter(s -> open.contains(s.shift().id())).forEach(s -> callList.get(s)
                        .add(board.services.candidates().name(c.personId()).orElse(account.displayName())));
            });
        }
        return callList;
    }
}
