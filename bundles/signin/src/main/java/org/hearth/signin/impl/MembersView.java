package org.hearth.signin.impl;

import org.hearth.api.NameMatching;

import org.hearth.api.Failures;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.api.ModuleContext;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff find a member by any part of their chosen name (three letters at least, or an emoji or sign alone) or
 * their key tag. Visitors at the kiosk only ever find themselves by the start of their name (see {@code MemberBook}).
 */
final class MembersView extends VerticalLayout {

    static final int MAX_RESULTS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(MembersView.class);

    final MembersModule.Services services;
    final ModuleContext context;
    final Texts texts;
    private final Div body = new Div();

    MembersView(MembersModule.Services services, ModuleContext context) {
        this.services = services;
        this.context = context;
        this.texts = context.texts(MembersView.class, SignInModule.TEXTS);
        addClassName("signin-members");
        body.setWidthFull();
        add(new H1(texts.get("members.title")), body);
        showSearch();
    }

    void showSearch() {
        body.removeAll();
        body.add(new Search(this, "members", null, this::open));
    }

    /** Opens a member's record; every opening is audited. */
    void open(Person person) {
        try {
            services.audit().record(actor(), "member.view", person.id());
        } catch (RuntimeException e) {
            LOG.error("A member record was not opened because the audit failed: {}", Failures.describe(e));
            body.add(new Paragraph(texts.get("error.load")));
            return;
        }
        body.removeAll();
        body.add(new MemberPanel(this, person));
    }

    String actor() {
        return context.viewer().personId().orElse("staff");
    }

    /** Whether staff typed enough to look: three letters, or an emoji or sign alone ("🌻"). */
    static boolean searchable(String query) {
        String q = NameMatching.tidy(query);
        int letters = NameMatching.letters(q);
        return q.length() <= 64 && (letters >= NameMatching.MIN_LETTERS || letters == 0 && !q.isEmpty());
    }

    /** People whose name contains the query anywhere, or who hold it as key tag; empty when not {@link #searchable}. */
    static List<Person> find(MembersModule.Services services, String query) {
        String q = NameMatching.tidy(query);
        if (!searchable(q)) {
            return List.of();
        }
        List<Person> found = new ArrayList<>();
        services.people().findByKeyTag(q).ifPresent(found::add);
        for (Person person : services.people().findByNamePart(q, MAX_RESULTS)) {
            if (found.stream().noneMatch(p -> p.id().equals(person.id()))) {
                found.add(person);
            }
        }
        return found;
    }

    /** A search box with results; used to open a member and to pick a duplicate to merge. */
    static final class Search extends Div {
        private final MembersView view;
        private final String idPrefix;
        private final String excludeId;
        private final Consumer<Person> onPick;
        private final TextField query;
        private final Div results = new Div();
        private final Paragraph message = new Paragraph();

        Search(MembersView view, String idPrefix, String excludeId, Consumer<Person> onPick) {
            this.view = view;
            this.idPrefix = idPrefix;
            this.excludeId = excludeId;
            this.onPick = onPick;
            query = new TextField(view.texts.get("members.search"));
            query.setId(idPrefix + "-search");
            query.setMaxLength(64);
            query.getStyle().set("width", "24rem");
            results.setId(idPrefix + "-results");
            message.setId(idPrefix + "-message");
            message.addClassName("form-message");
            query.addKeyPressListener(Key.ENTER, e -> find());
            Button go = new Button(view.texts.get("members.find"), VaadinIcon.SEARCH.create(), e -> find());
            go.setId(idPrefix + "-find");
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Div(query, go), message, results);
        }

        /** Shows the members found for what was typed, each a button that picks them. */
        private void find() {
            results.removeAll();
            message.setText("");
            if (!searchable(query.getValue())) {
                message.setText(view.texts.get("members.min"));
                return;
            }
            try {
                List<Person> found = MembersView.find(view.services, query.getValue()).stream()
                        .filter(p -> !p.id().equals(excludeId)).toList();
                message.setText(found.isEmpty() ? view.texts.get("members.none") : "");
                for (int i = 0; i < found.size(); i++) {
                    results.add(new Div(result(found.get(i), i)));
                }
            } catch (RuntimeException e) {
                LOG.error("Member search failed: {}", Failures.describe(e));
                message.setText(view.texts.get("error.load"));
            }
        }

        private Button result(Person person, int index) {
            Button pick = new Button(TodayView.name(person) + "  \u00b7  " + view.texts.get("members.since",
                    person.registeredAt().atZone(view.services.visits().zone()).toLocalDate()), e -> onPick.accept(person));
            pick.setId(idPrefix + "-result-" + index);
            pick.getElement().setAttribute("dir", "auto");
            return pick;
        }
    }
}
