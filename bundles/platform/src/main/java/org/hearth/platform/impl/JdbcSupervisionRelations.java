package org.hearth.platform.impl;

import java.util.List;
import java.util.Optional;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Role;
import org.hearth.api.SupervisionRelation;
import org.hearth.api.SupervisionRelations;
import org.hearth.api.Viewer;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Supervision relations in the platform schema, readable only by the people concerned and coordinators. */
@Component
public class JdbcSupervisionRelations implements SupervisionRelations {

    private static final String SELECT = "SELECT supervisee_id, supervisor_id, backup_id FROM platform.supervision ";

    private final Jdbi jdbi;
    private final PeopleDirectory people;

    @Activate
    public JdbcSupervisionRelations(@Reference PlatformSchema schema, @Reference PeopleDirectory people) {
        this.jdbi = schema.jdbi();
        this.people = people;
    }

    @Override
    public Optional<SupervisionRelation> of(Viewer asker, String superviseeId) {
        return query("WHERE supervisee_id = ?", superviseeId).stream()
                .filter(r -> coordinator(asker) || asker.personId().filter(r::concerns).isPresent())
                .findFirst();
    }

    @Override
    public List<SupervisionRelation> supervisedBy(Viewer asker, String supervisorId) {
        if (!coordinator(asker) && !asker.personId().filter(supervisorId::equals).isPresent()) {
            return List.of();
        }
        return query("WHERE supervisor_id = ? OR backup_id = ?", supervisorId, supervisorId);
    }

    @Override
    public void assign(Viewer coordinator, SupervisionRelation relation) {
        requireCoordinator(coordinator);
        for (String id : new String[] {relation.superviseeId(), relation.supervisorId()}) {
            people.find(id).orElseThrow(() -> new IllegalArgumentException("error.person.unknown"));
        }
        relation.backupId().ifPresent(id -> people.find(id)
                .orElseThrow(() -> new IllegalArgumentException("error.person.unknown")));
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM platform.supervision WHERE supervisee_id = ?")
                    .bind(0, relation.superviseeId()).execute();
            h.createUpdate("INSERT INTO platform.supervision (supervisee_id, supervisor_id, backup_id) VALUES (?, ?, ?)")
                    .bind(0, relation.superviseeId()).bind(1, relation.supervisorId())
                    .bind(2, relation.backupId().orElse(null)).execute();
        });
    }

    @Override
    public void end(Viewer coordinator, String superviseeId) {
        requireCoordinator(coordinator);
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM platform.supervision WHERE supervisee_id = ?")
                .bind(0, superviseeId).execute());
    }

    private List<SupervisionRelation> query(String where, String... values) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(SELECT + where + " ORDER BY supervisee_id");
            for (int i = 0; i < values.length; i++) {
                query.bind(i, values[i]);
            }
            return query.map((rs, ctx) -> new SupervisionRelation(rs.getString(1), rs.getString(2),
                    Optional.ofNullable(rs.getString(3)))).list();
        });
    }

    private static boolean coordinator(Viewer viewer) {
        return viewer.isStaff() && viewer.holds(Role.COORDINATOR);
    }

    private static void requireCoordinator(Viewer viewer) {
        if (!coordinator(viewer)) {
            throw new SecurityException("Only a coordinator may change supervision relations");
        }
    }
}
