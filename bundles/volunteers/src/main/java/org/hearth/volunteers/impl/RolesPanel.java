package org.hearth.volunteers.impl;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/** The center's own shift roles and what each asks of the person taking it; add one or change one. */
final class RolesPanel extends Div {

    private final WeekBoard board;
    private final Paragraph message = Steps.message("roles-message");
    private final TextField nameEn = new TextField();
    private final TextField nameEs = new TextField();
    private final Checkbox coach = new Checkbox();
    private final IntegerField days = new IntegerField();
    private final Checkbox oversight = new Checkbox();
    private String editing;

    RolesPanel(WeekBoard board) {
        this.board = board;
        setId("roles-panel");
        nameEn.setId("roles-name-en");
        nameEn.setLabel(board.texts.get("roles.name.en"));
        nameEn.setMaxLength(RoleList.MAX_NAME);
        nameEs.setId("roles-name-es");
        nameEs.setLabel(board.texts.get("roles.name.es"));
        nameEs.setMaxLength(RoleList.MAX_NAME);
        coach.setId("roles-coach");
        coach.setLabel(board.texts.get("roles.coach"));
        days.setId("roles-days");
        days.setLabel(board.texts.get("roles.days"));
        days.setHelperText("0\u20133650");
        oversight.setId("roles-oversight");
        oversight.setLabel(board.texts.get("roles.oversight"));
        show();
    }

    private void show() {
        removeAll();
        add(new H2(board.texts.get("roles.title")), message);
        for (ShiftRole role : board.services.roles().list()) {
            add(WeekBoard.row(new Paragraph(describe(role)),
                    board.button("roles-edit-" + role.code(), "roles.edit", () -> edit(role))));
        }
        add(new H2(board.texts.get(editing == null ? "roles.new" : "roles.change")),
                WeekBoard.row(nameEn, nameEs, days), WeekBoard.row(coach, oversight));
        Div actions = WeekBoard.row(board.button("roles-save", "form.save", this::save),
                board.button("roles-back", "back", board::showWeek));
        actions.addClassName("step-actions");
        add(actions);
    }

    private String describe(ShiftRole role) {
        StringBuilder line = new StringBuilder(role.name(board.texts.locale()));
        if (role.needsCoach()) {
            line.append(" \u00b7 ").append(board.texts.get("roles.coach"));
        }
        if (role.minDays() > 0) {
            line.append(" \u00b7 ").append(board.texts.get("roles.days.short", role.minDays()));
        }
        if (role.needsOversight()) {
            line.append(" \u00b7 ").append(board.texts.get("roles.oversight"));
        }
        return line.toString();
    }

    private void edit(ShiftRole role) {
        editing = role.code();
        nameEn.setValue(role.nameEn());
        nameEs.setValue(role.nameEs().orElse(""));
        coach.setValue(role.needsCoach());
        days.setValue(role.minDays());
        oversight.setValue(role.needsOversight());
        show();
    }

    private void save() {
        String code = editing != null ? editing : RoleList.codeFor(nameEn.getValue());
        Optional<String> es = Optional.of(nameEs.getValue().strip()).filter(n -> !n.isEmpty());
        int minDays = days.getValue() == null ? 0 : days.getValue();
        String[] saved = {code};
        if (Steps.run(() -> saved[0] = board.services.roles().save(new ShiftRole(code, nameEn.getValue(), es,
                coach.getValue(), minDays, oversight.getValue())).code(), board.texts, message, WeekBoard.LOG,
                "Saving a shift role")) {
            board.services.audit().record(board.actor, "volunteers.roles.save", "role:" + saved[0]);
            editing = null;
            nameEn.clear();
            nameEs.clear();
            days.clear();
            coach.clear();
            oversight.clear();
            show();
            message.setText(board.texts.get("board.saved"));
        }
    }
}
