package org.hearth.platform.impl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.api.PeerProfile;
import org.hearth.api.PeerRole;
import org.hearth.api.Texts;
import org.hearth.api.Training;

/** The peer part of an account: recovery coach or associate, and the trainings completed. */
final class PeerFields extends Div {

    private final Texts texts;
    private final Select<Optional<PeerRole>> peerRole = new Select<>();
    private final TextField trainingName = new TextField();
    private final DatePicker trainingDate = new DatePicker();
    private final UnorderedList shown = new UnorderedList();
    private final List<Training> training = new ArrayList<>();

    PeerFields(Texts texts) {
        this.texts = texts;
        peerRole.setId("accounts-peer-role");
        peerRole.setLabel(texts.get("accounts.peer"));
        peerRole.setItems(Optional.empty(), Optional.of(PeerRole.RECOVERY_COACH), Optional.of(PeerRole.RECOVERY_ASSOCIATE));
        peerRole.setItemLabelGenerator(r -> r.map(p -> texts.get(p.textKey())).orElse(texts.get("accounts.peer.none")));
        trainingName.setId("accounts-training-name");
        trainingName.setLabel(texts.get("accounts.training.name"));
        trainingName.setMaxLength(Training.MAX_NAME_LENGTH);
        trainingDate.setId("accounts-training-date");
        trainingDate.setLabel(texts.get("accounts.training.date"));
        trainingDate.setMax(LocalDate.now());
        Button add = new Button(texts.get("accounts.training.add"), e -> addTraining());
        add.setId("accounts-training-add");
        shown.setId("accounts-training");
        add(new H3(texts.get("accounts.peer.title")), peerRole, shown, trainingName, trainingDate, add);
        show(Optional.empty());
    }

    /** Shows a person's profile, or none. */
    void show(Optional<PeerProfile> profile) {
        peerRole.setValue(profile.map(PeerProfile::peerRole));
        training.clear();
        profile.ifPresent(p -> training.addAll(p.training()));
        trainingName.clear();
        trainingDate.clear();
        redraw();
    }

    /** The profile to keep for the person, or empty when they are not peer staff. */
    Optional<PeerProfile> profile(String personId) {
        return peerRole.getValue().map(role -> new PeerProfile(personId, role, training));
    }

    private void addTraining() {
        training.add(new Training(trainingName.getValue(), Optional.ofNullable(trainingDate.getValue())
                .orElseThrow(() -> new IllegalArgumentException("error.training.date"))));
        trainingName.clear();
        trainingDate.clear();
        redraw();
    }

    private void redraw() {
        shown.removeAll();
        training.forEach(t -> shown.add(new ListItem(texts.get("accounts.training.item", t.name(), t.completedOn()))));
    }
}
