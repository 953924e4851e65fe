package org.hearth.console.impl;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hearth.api.Texts;

/** Date pickers that speak the viewer's language: month and day names, "Today" and "Cancel", and the date format. */
final class DayPickers {

    private DayPickers() {
    }

    static DatePicker picker(String id, String label, LocalDate value, Texts texts) {
        DatePicker picker = new DatePicker(label, value);
        picker.setId(id);
        picker.setLocale(Numbers.numbers(texts.locale()));
        picker.setI18n(i18n(texts));
        picker.setWidth("14rem");
        return picker;
    }

    static DatePicker.DatePickerI18n i18n(Texts texts) {
        Locale locale = texts.locale();
        List<String> months = Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        // the picker's week starts on Sunday (index 0), as java.time's on Monday
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n().setMonthNames(months)
                .setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek("es".equals(locale.getLanguage()) ? 1 : 0)
                .setToday(texts.get("day.today")).setCancel(texts.get("day.cancel"));
    }
}
