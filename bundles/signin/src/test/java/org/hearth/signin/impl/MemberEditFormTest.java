package org.hearth.signin.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.testkit.Screen.click;
import static org.hearth.testkit.Screen.find;
import static org.hearth.testkit.Screen.has;
import static org.hearth.testkit.Screen.text;
import static org.hearth.testkit.Screen.set;

import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.api.Person;
import org.hearth.api.Texts;
import org.junit.jupiter.api.Test;

/** The member edit form made plainly, filled in, and what it fires: a save with the checked values, or nothing. */
class MemberEditFormTest {

    private static final Instant REGISTERED = Instant.parse("2026-11-02T15:00:00Z");
    private final Texts texts = Texts.load(MemberEditFormTest.class, SignInModule.TEXTS, Locale.ENGLISH);
    private final Person bonnie = new Person("p-1", "Bonnie", Optional.of("B"), Optional.of("es"), Optional.empty(),
            REGISTERED);
    private final MemberInfo contactable = new MemberInfo("p-1", Tier.NAMED_CONTACT, Optional.of(HowHeard.ONLINE),
            Optional.of("555-0100"), REGISTERED);

    @Test
    void savingFiresTheRecordAsTheFieldsSayItTidied() {
        MemberEditForm form = new MemberEditForm(texts, bonnie, Optional.of(contactable));
        List<MemberEditForm.Edit> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.edit()));
        assertThat(((TextField) find(form, "edit-name").orElseThrow()).getValue()).isEqualTo("Bonnie");
        assertThat(has(form, "edit-contact")).isTrue();
        set(form, "edit-name", "  Bonita  ");
        click(form, "edit-language-en");
        click(form, "edit-heard-online");
        click(form, "edit-save");

        assertThat(saved).singleElement().satisfies(edit -> {
            assertThat(edit.name()).isEqualTo("Bonita");
            assertThat(edit.initialGiven()).contains("B");
            assertThat(edit.language()).isEqualTo(Language.EN);
            assertThat(edit.tier()).isEqualTo(Tier.NAMED_CONTACT);
            assertThat(edit.heard()).as("tapped again: un-chosen").isNull();
            assertThat(edit.contactKept()).contains("555-0100");
        });
    }

    @Test
    void aBlankNameOrAMissingContactFiresNoSaveAndSaysWhy() {
        MemberEditForm form = new MemberEditForm(texts, bonnie, Optional.of(contactable));
        List<MemberEditForm.Edit> saved = new ArrayList<>();
        form.addSaveListener(e -> saved.add(e.edit()));
        set(form, "edit-name", "   ");
        click(form, "edit-save");
        assertThat(text(form, "edit-message")).isEqualTo(texts.get("error.name.empty"));
        set(form, "edit-name", "Bonnie");
        set(form, "edit-contact", " ");
        click(form, "edit-save");
        assertThat(text(form, "edit-message")).isEqualTo(texts.get("error.contact.empty"));
        assertThat(saved).isEmpty();

        click(form, "edit-tier-named");
        assertThat(has(form, "edit-contact")).as("no contact asked when not to be contacted").isFalse();
        click(form, "edit-save");
        assertThat(saved).singleElement().satisfies(edit -> assertThat(edit.contactKept()).isEmpty());
        assertThat(text(form, "edit-message")).isEmpty();
    }
}
