package org.hearth.supervision.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.hearth.api.AuditEntry;
import org.hearth.api.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Tag("database")
class SupervisionLogTest {

    private final SupervisionFixture f = new SupervisionFixture();
    private final String pat = SupervisionFixture.id(f.pat);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSupervisorWritesThePeerReadsReflectsAndBothAcknowledge() {
        LogDraft draft = f.draft(f.today());
        draft.topics.add("past_contacts");
        long id = f.log.write(f.sam, pat, draft);
        LogEntry read = f.log.read(f.pat, pat).get(0);
        assertThat(read.id()).isEqualTo(id);
        assertThat(read.topics()).containsExactly("boundaries", "past_contacts");
        assertThat(read.authorId()).contains(SupervisionFixture.id(f.sam));
        assertThat(read.peerAck()).isEmpty();
        f.log.reflect(f.pat, id, "  It helped to name it.  ");
        f.log.acknowledge(f.pat, id);
        f.log.acknowledge(f.bea, id);
        LogEntry after = f.log.read(f.sam, pat).get(0);
        assertThat(after.reflection()).contains("It helped to name it.");
        assertThat(after.peerAck()).isPresent();
        assertThat(after.supervisorAck()).isPresent();
    }

    @Test
    void everyReadIsAuditedAndAReadWhoseAuditFailsGivesNothing() {
        f.log.write(f.sam, pat, f.draft(f.today()));
        f.log.read(f.pat, pat);
        List<AuditEntry> about = f.audit.about("person:" + pat);
        assertThat(about).extracting(AuditEntry::action).contains("supervision.log.read", "supervision.log.write");
        assertThat(about.get(0).actorId()).isEqualTo(pat);
        f.audit.failing = true;
        assertThatThrownBy(() -> f.log.read(f.sam, pat)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyTheSupervisorOrBackupWritesAndOnlyThePeerReflects() {
        long id = f.log.write(f.bea, pat, f.draft(f.today()));
        for (Viewer other : new Viewer[] {f.pat, f.ali, f.coordinator, Viewer.VISITOR}) {
            assertThatThrownBy(() -> f.log.write(other, pat, f.draft(f.today()))).isInstanceOf(Refusal.class);
        }
        assertThatThrownBy(() -> f.log.reflect(f.sam, id, "mine")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> f.log.reflect(f.ali, id, "mine")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> f.log.acknowledge(f.coordinator, id)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> f.log.acknowledge(f.pat, id + 99)).isInstanceOf(Refusal.class)
                .hasMessage("error.supervision.access");
        assertThat(f.count("SELECT COUNT(*) FROM supervision.log_entry")).isEqualTo(1);
    }

    @Test
    void aDraftThatIsNotWholeIsRefusedKindly() {
        LogDraft future = f.draft(f.today().plusDays(1));
        assertThatThrownBy(() -> f.log.write(f.sam, pat, future)).hasMessage("error.log.date");
        LogDraft long1 = f.draft(f.today());
        long1.minutes = 0;
        assertThatThrownBy(() -> f.log.write(f.sam, pat, long1)).hasMessage("error.log.minutes");
        LogDraft unknown = f.draft(f.today());
        unknown.topics.add("diagnosis");
        assertThatThrownBy(() -> f.log.write(f.sam, pat, unknown)).hasMessage("error.log.topic");
        LogDraft wordy = f.draft(f.today());
        wordy.notes = "x".repeat(1001);
        assertThatThrownBy(() -> f.log.write(f.sam, pat, wordy)).hasMessage("error.log.long");
    }

    @Test
    void theCenterAddsItsOwnTopicAndItCanBeChosen() {
        String code = f.topics.add(f.sam, "Working with families", Optional.of("Trabajo con familias"));
        assertThat(code).isEqualTo("own_working_with_families");
        assertThat(f.topics.list()).extracting(t -> t.name(java.util.Locale.forLanguageTag("es")))
                .contains("Trabajo con familias", "Límites");
        LogDraft draft = f.draft(f.today());
        draft.topics.add(code);
        f.log.write(f.sam, pat, draft);
        assertThatThrownBy(() -> f.topics.add(f.pat, "Other", Optional.empty())).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> f.topics.add(f.sam, "Working with families", Optional.empty()))
                .hasMessage("error.topic.exists");
    }

    @Test
    void aPersonDeletedOrMergedTakesTheirRowsWithThem() {
        long id = f.log.write(f.sam, pat, f.draft(f.today()));
        PersonRows rows = new PersonRows(f.supervision);
        rows.forget(SupervisionFixture.id(f.sam));
        assertThat(f.log.read(f.pat, pat).get(0).authorId()).isEmpty();
        String twin = f.people.register("Pat two", Optional.empty(), Optional.empty()).id();
        rows.move(pat, twin);
        assertThat(f.count("SELECT COUNT(*) FROM supervision.log_entry WHERE supervisee_id = '" + twin + "'"))
                .isEqualTo(1);
        rows.forget(twin);
        assertThat(f.count("SELECT COUNT(*) FROM supervision.log_entry")).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM supervision.log_topic WHERE entry_id = " + id)).isZero();
    }
}
