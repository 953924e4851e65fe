package org.hearth.events.impl;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.get;
import static org.hearth.testkit.Screen.set;
import static org.hearth.testkit.Screen.text;

import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Texts;
import org.junit.jupiter.api.Test;

/** The event forms made plainly, filled in, and what they fire: a save with what the fields say, or nothing. */
@Tag("database")
class FormsTest {

    private final Texts texts = Texts.load(FormsTest.class, EventsModule.TEXTS, Locale.ENGLISH);
    private final EventDraft gameNight = EventsFixture.draft("Game night", LocalDateTime.of(2026, 11, 25, 18, 0),
            Optional.empty(), Recurrence.ONCE);

    @Test
    void theEventFormFiresTheDraftItsFieldsSay() {
        EventForm form = new EventForm(texts, Optional.empty(), gameNight, List.of());
        List<EventDraft> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.draft()));
        set(form, "event-title", "Art night");
        set(form, "event-capacity", " 12 ");
        set(form, "event-repeat", Recurrence.Repeat.WEEKLY);
        set(form, "event-interval", "2");
        set(form, "event-ends", RepetitionFields.Ends.AFTER);
        set(form, "event-count", "5");
        click(form, "event-save");

        assertThat(saved).singleElement().satisfies(draft -> {
            assertThat(draft.title()).isEqualTo("Art night");
            assertThat(draft.capacity()).contains(12);
            assertThat(draft.place()).contains("Main room");
            assertThat(draft.start()).isEqualTo(LocalDateTime.of(2026, 11, 25, 18, 0));
            assertThat(draft.recurrence()).isEqualTo(new Recurrence(Recurrence.Repeat.WEEKLY, 2, Optional.empty(),
                    Optional.of(5)));
        });
        assertThat(text(form, "event-message")).isEmpty();
    }

    @Test
    void anInvalidPlaceCountFiresNoSaveAndSaysWhy() {
        EventForm form = new EventForm(texts, Optional.empty(), gameNight, List.of());
        List<EventDraft> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.draft()));
        for (String capacity : List.of("0", "twelve", "1001")) {
            set(form, "event-capacity", capacity);
            click(form, "event-save");
            assertThat(saved).as(capacity).isEmpty();
            assertThat(text(form, "event-message")).contains("whole number from 1 to 1000");
            assertThat(get(form, "event-capacity", TextField.class).isInvalid()).isTrue();
        }
        set(form, "event-capacity", "");
        click(form, "event-save");
        assertThat(saved).singleElement().satisfies(draft -> assertThat(draft.capacity()).isEmpty());
    }

    @Test
    void missingTimesAndSeriesEndsAreRefusedButHiddenFieldsAreNotRead() {
        EventForm form = new EventForm(texts, Optional.empty(), gameNight, List.of());
        List<EventDraft> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.draft()));
        set(form, "event-start-time", null);
        click(form, "event-save");
        assertThat(text(form, "event-message")).isEqualTo(texts.get("error.time.missing"));
        set(form, "event-start-time", LocalTime.of(18, 0));
        set(form, "event-repeat", Recurrence.Repeat.MONTHLY_NTH);
        set(form, "event-ends", RepetitionFields.Ends.AFTER);
        set(form, "event-count", "two");
        click(form, "event-save");
        assertThat(text(form, "event-message")).isEqualTo(texts.get("error.repeat.count"));
        set(form, "event-ends", RepetitionFields.Ends.ON);
        click(form, "event-save");
        assertThat(text(form, "event-message")).isEqualTo(texts.get("error.repeat.until.missing"));
        assertThat(saved).isEmpty();
        set(form, "event-ends", RepetitionFields.Ends.NEVER);
        click(form, "event-save");
        assertThat(saved).singleElement().satisfies(draft -> assertThat(draft.recurrence()).isEqualTo(
                new Recurrence(Recurrence.Repeat.MONTHLY_NTH, 1, Optional.empty(), Optional.empty())));
    }

    @Test
    void goingBackFiresBackAndNoSave() {
        EventForm form = new EventForm(texts, Optional.empty(), gameNight, List.of());
        List<String> fired = new ArrayList<>();
        form.addSaveListener(e -> fired.add("save"));
        form.addBackListener(e -> fired.add("back"));
        click(form, "event-back");
        assertThat(fired).containsExactly("back");
    }

    @Test
    void theOccurrenceFormFiresTheDatesNewDetailsOrNothingWithoutATime() {
        try (EventsFixture f = new EventsFixture()) {
            long id = f.store.create(gameNight);
            Occurrence occurrence = f.schedule.find(new OccurrenceKey(id, LocalDate.of(2026, 11, 25))).orElseThrow();
            OccurrenceForm form = new OccurrenceForm(texts, occurrence);
            List<OccurrenceForm.Edit> saved = new ArrayList<>();
            List<String> back = new ArrayList<>();
            form.addSaveListener(e -> saved.add(e.edit()));
            form.addBackListener(e -> back.add("back"));
            assertThat(get(form, "occ-form-name", TextField.class).getValue()).isEqualTo("Game night");
            set(form, "occ-form-end-time", null);
            click(form, "occ-form-save");
            assertThat(saved).isEmpty();
            assertThat(text(form, "occ-form-message")).isEqualTo(texts.get("error.time.missing"));

            set(form, "occ-form-name", "Game night: chess");
            set(form, "occ-form-end-time", LocalTime.of(21, 0));
            click(form, "occ-form-save");
            assertThat(saved).singleElement().satisfies(edit -> {
                assertThat(edit.title()).isEqualTo("Game night: chess");
                assertThat(edit.start()).isEqualTo(LocalDateTime.of(2026, 11, 25, 18, 0));
                assertThat(edit.end()).isEqualTo(LocalDateTime.of(2026, 11, 25, 21, 0));
            });
            OccurrenceChange change = OccurrenceChange.none(occurrence.key()).edited(occurrence, saved.get(0).title(),
                    saved.get(0).description(), saved.get(0).place(), saved.get(0).start(), saved.get(0).end());
            assertThat(change.title()).contains("Game night: chess");
            assertThat(change.place()).as("unchanged from the series").isEmpty();
            assertThat(change.start()).contains(LocalDateTime.of(2026, 11, 25, 18, 0));
            click(form, "occ-form-back");
            assertThat(back).containsExactly("back");
        }
    }
}
