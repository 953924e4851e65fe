package org.hearth.platform.impl;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hearth.api.Texts;

/** A date picker's own words (months, weekdays, Today, Cancel) in the viewer's language, from the JDK's. */
final class DayPickers {

    private DayPickers() {
    }

    static DatePickerI18n i18n(Locale locale, Texts texts) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> months = Arrays.asList(symbols.getMonths()).subList(0, 12);
        // DateFormatSymbols' weekdays start at index 1 with Sunday, as the date picker wants them
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> shortWeekdays = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        return new DatePickerI18n().setMonthNames(months).setWeekdays(weekdays).setWeekdaysShort(shortWeekdays)
                .setFirstDayOfWeek(first.getValue() % 7).setToday(texts.get("day.today")).setCancel(texts.get("day.cancel"));
    }
}
