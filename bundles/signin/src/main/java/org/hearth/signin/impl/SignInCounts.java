package org.hearth.signin.impl;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.hearth.api.Count;
import org.hearth.api.CountScope;
import org.hearth.api.CountSource;
import org.hearth.api.Measure;
import org.hearth.api.Period;
import org.hearth.api.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Sign-in's numbers for the coordinators' dashboard and the funder report: visits, people, new members. */
@Component(service = CountSource.class)
public class SignInCounts implements CountSource {

    static final String VISITS = "signin.visits";
    static final String PEOPLE = "signin.people";
    static final String NEW_MEMBERS = "signin.new-members";
    static final String ANONYMOUS = "signin.anonymous";

    private final VisitCounts counts;

    @Activate
    public SignInCounts(@Reference VisitCounts counts) {
        this.counts = counts;
    }

    @Override
    public List<Measure> measures(Locale locale) {
        Texts texts = Texts.load(SignInCounts.class, SignInModule.TEXTS, locale);
        return List.of(new Measure(VISITS, texts.get("counts.visits"), Measure.Unit.TIMES),
                new Measure(PEOPLE, texts.get("counts.people"), Measure.Unit.PEOPLE),
                new Measure(NEW_MEMBERS, texts.get("counts.new"), Measure.Unit.PEOPLE),
                new Measure(ANONYMOUS, texts.get("counts.anonymous"), Measure.Unit.TIMES));
    }

    @Override
    public boolean countsByCenter() {
        return true;
    }

    @Override
    public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period) {
        return count(measureId, from, to, period, CountScope.NETWORK);
    }

    @Override
    public List<Count> count(String measureId, LocalDate from, LocalDate to, Period period, CountScope scope) {
        ToLongFunction<VisitCounts.Row> value = switch (measureId) {
            case VISITS -> VisitCounts.Row::visits;
            case PEOPLE -> VisitCounts.Row::people;
            case NEW_MEMBERS -> VisitCounts.Row::newMembers;
            case ANONYMOUS -> VisitCounts.Row::anonymous;
            default -> null;
        };
        if (value == null) {
            return List.of();
        }
        return counts.count(VisitCounts.Grain.of(period), period.start(from), period.next(period.start(to)).minusDays(1),
                        scope).stream().map(row -> Count.of(row.start(), value.applyAsLong(row))).toList();
    }
}
