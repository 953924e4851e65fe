package org.hearth.signin.impl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.hearth.api.HearthTopics;
import org.hearth.api.SchemaMigrator;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The book of visits, in this bundle's own {@code signin} schema. Recording a visit commits it before
 * returning, then tells other features through EventAdmin ({@link HearthTopics#VISIT_RECORDED}).
 */
@Component(service = VisitBook.class, immediate = true)
public class VisitBook {

    private static final Logger LOG = LoggerFactory.getLogger(VisitBook.class);

    private final Jdbi jdbi;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public VisitBook(@Reference(target = "(hearth.database=main)") DataSource dataSource,
                     @Reference SchemaMigrator migrator, @Reference Clock clock) {
        migrator.migrate(VisitBook.class, "signin");
        this.jdbi = Jdbi.create(dataSource);
        this.clock = clock;
    }

    /** Records a visit; no purpose at all counts as just visiting. */
    public Visit record(Optional<String> personId, Set<Purpose> purposes) {
        Set<Purpose> why = purposes.isEmpty() ? EnumSet.of(Purpose.JUST_VISITING) : EnumSet.copyOf(purposes);
        Instant now = clock.instant();
        long id = jdbi.inTransaction(h -> {
            long visitId = h.createUpdate("INSERT INTO signin.visit (person_id, visited_at, visit_day) VALUES (?, ?, ?)")
                    .bind(0, personId.orElse(null)).bind(1, Timestamp.from(now))
                    .bind(2, Date.valueOf(LocalDate.ofInstant(now, clock.getZone())))
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            var batch = h.prepareBatch("INSERT INTO signin.visit_purpose (visit_id, purpose) VALUES (?, ?)");
            for (Purpose purpose : why) {
                batch.bind(0, visitId).bind(1, purpose.name()).add();
            }
            batch.execute();
            return visitId;
        });
        Visit visit = new Visit(id, personId, now, why);
        announce(visit);
        return visit;
    }

    /** How many visits were recorded today, named and anonymous. */
    public int countToday() {
        LocalDate today = LocalDate.now(clock);
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM signin.visit WHERE visit_day = ?")
                .bind(0, Date.valueOf(today)).mapTo(Integer.class).one());
    }

    private void announce(Visit visit) {
        EventAdmin admin = events;
        if (admin == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        visit.personId().ifPresent(id -> props.put(HearthTopics.PERSON_ID, id));
        props.put(HearthTopics.PURPOSES, visit.purposes().stream().map(Enum::name).toArray(String[]::new));
        props.put(HearthTopics.TIME, visit.visitedAt().toString());
        try {
            admin.postEvent(new Event(HearthTopics.VISIT_RECORDED, props));
        } catch (RuntimeException e) {
            LOG.warn("Visit {} was saved but could not be announced: {}", visit.id(), e.toString());
        }
    }
}
