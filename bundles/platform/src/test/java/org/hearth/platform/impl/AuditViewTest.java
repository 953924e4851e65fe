package org.hearth.platform.impl;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.hearth.api.AuditEntry;
import org.hearth.api.ModuleContext;
import org.hearth.api.Person;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The coordinator's audit log screen, used by clicking, against a real database. */
@SuppressWarnings("unchecked")
class AuditViewTest {

    private final PlatformDatabase db = new PlatformDatabase();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
    private final JdbcPeopleDirectory people = db.people(clock);
    private final Person dana = people.register("Dana", Optional.empty(), Optional.empty());
    private final Person sam = people.register("Sam", Optional.of("R"), Optional.empty());
    private final Person rosa = people.register("Rosa", Optional.empty(), Optional.empty());
    private final AuditSearch search = new AuditSearch(db.schema.jdbi(), ZoneOffset.UTC);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void entriesAreFilteredByWhoWhatWhenAndAboutWhomAndLookingIsAudited() {
        record("2026-11-01T10:00:00Z", dana, "member.open", rosa.id());
        record("2026-11-10T10:00:00Z", sam, "member.open", rosa.id());
        record("2026-11-10T11:00:00Z", sam, "plan.read", dana.id());
        record("2026-11-18T09:00:00Z", dana, "funder-report.csv", "2026-10-01..2026-10-31");
        AuditView view = view(Locale.ENGLISH);

        assertThat(shown(view)).hasSize(4);
        set(view, "audit-who", "sam");
        click(view, "audit-search");
        assertThat(shown(view)).extracting(AuditEntry::action).containsExactly("plan.read", "member.open");
        set(view, "audit-about", "ros");
        click(view, "audit-search");
        assertThat(shown(view)).extracting(AuditEntry::action).containsExactly("member.open");
        set(view, "audit-who", "");
        set(view, "audit-about", "");
        ((HasValue<?, String>) find(view, "audit-what")).setValue("member.open");
        ((HasValue<?, LocalDate>) find(view, "audit-from")).setValue(LocalDate.of(2026, 11, 5));
        click(view, "audit-search");
        assertThat(shown(view)).extracting(AuditEntry::actorId).containsExactly(sam.id());
        assertThat(text(view, "audit-count")).isEqualTo("One entry, newest first.");

        assertThat(new JdbcAuditLog(db.schema, clock).recent(1).get(0).action()).isEqualTo("audit.read");
    }

    @Test
    void aNameThatMatchesNoOneFindsNothingAndBackwardsDaysAreExplainedInSpanish() {
        record("2026-11-10T10:00:00Z", sam, "member.open", rosa.id());
        AuditView view = view(Locale.forLanguageTag("es"));

        set(view, "audit-about", "Zelda");
        click(view, "audit-search");
        assertThat(text(view, "audit-count")).isEqualTo("Ninguna entrada coincide.");
        ((HasValue<?, LocalDate>) find(view, "audit-from")).setValue(LocalDate.of(2026, 11, 5));
        ((HasValue<?, LocalDate>) find(view, "audit-to")).setValue(LocalDate.of(2026, 11, 1));
        click(view, "audit-search");
        assertThat(text(view, "audit-count")).startsWith("El primer día es posterior");
    }

    private void record(String at, Person actor, String action, String subject) {
        new JdbcAuditLog(db.schema, Clock.fixed(Instant.parse(at), ZoneOffset.UTC)).record(actor.id(), action, subject);
    }

    private AuditView view(Locale locale) {
        return new AuditView(search, people, new JdbcAuditLog(db.schema, clock), new ModuleContext() {
            public Locale locale() {
                return locale;
            }

            public Viewer viewer() {
                return Viewer.staff(Role.COORDINATOR, dana.id(), "Dana");
            }

            public void finish() {
            }
        });
    }

    private static List<AuditEntry> shown(AuditView view) {
        return ((Grid<AuditEntry>) find(view, "audit-results")).getGenericDataView().getItems().toList();
    }

    private static void set(AuditView view, String id, String value) {
        ((HasValue<?, String>) find(view, id)).setValue(value);
    }

    private static void click(AuditView view, String id) {
        ((Button) find(view, id)).click();
    }

    private static String text(AuditView view, String id) {
        return find(view, id).getElement().getText();
    }

    private static Component find(Component root, String id) {
        return descendants(root).filter(c -> Optional.of(id).equals(c.getId())).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(AuditViewTest::descendants));
    }
}
