package org.hearth.platform.impl;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.api.PeerProfile;
import org.hearth.api.PeerRole;
import org.hearth.api.PeerStaff;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Training;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Peer profiles (coach or associate) and their trainings in the platform schema. */
@Component
public class JdbcPeerStaff implements PeerStaff {

    private final Jdbi jdbi;
    private final PeopleDirectory people;

    @Activate
    public JdbcPeerStaff(@Reference PlatformSchema schema, @Reference PeopleDirectory people) {
        this.jdbi = schema.jdbi();
        this.people = people;
    }

    @Override
    public Optional<PeerProfile> profile(String personId) {
        return profiles("WHERE p.person_id = ?", personId).stream().findFirst();
    }

    @Override
    public List<PeerProfile> list() {
        return profiles("", null);
    }

    @Override
    public PeerProfile save(PeerProfile profile) {
        people.find(profile.personId()).orElseThrow(() -> new IllegalArgumentException("error.person.unknown"));
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM platform.peer_profile WHERE person_id = ?").bind(0, profile.personId()).execute();
            h.createUpdate("INSERT INTO platform.peer_profile (person_id, peer_role) VALUES (?, ?)")
                    .bind(0, profile.personId()).bind(1, profile.peerRole().name()).execute();
            var insert = h.prepareBatch("INSERT INTO platform.peer_training (person_id, position, name, completed_on)"
                    + " VALUES (?, ?, ?, ?)");
            for (int i = 0; i < profile.training().size(); i++) {
                Training t = profile.training().get(i);
                insert.bind(0, profile.personId()).bind(1, i).bind(2, t.name()).bind(3, Date.valueOf(t.completedOn()))
                        .add();
            }
            if (!profile.training().isEmpty()) {
                insert.execute();
            }
        });
        return profile;
    }

    @Override
    public void remove(String personId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM platform.peer_profile WHERE person_id = ?")
                .bind(0, personId).execute());
    }

    private List<PeerProfile> profiles(String where, String personId) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT p.person_id, p.peer_role, t.name, t.completed_on"
                    + " FROM platform.peer_profile p LEFT JOIN platform.peer_training t ON t.person_id = p.person_id "
                    + where + " ORDER BY p.person_id, t.position");
            if (personId != null) {
                query.bind(0, personId);
            }
            Map<String, PeerRole> roles = new LinkedHashMap<>();
            Map<String, List<Training>> training = new LinkedHashMap<>();
            query.map((rs, ctx) -> {
                String id = rs.getString(1);
                roles.put(id, PeerRole.valueOf(rs.getString(2)));
                List<Training> list = training.computeIfAbsent(id, k -> new ArrayList<>());
                if (rs.getString(3) != null) {
                    list.add(new Training(rs.getString(3), rs.getDate(4).toLocalDate()));
                }
                return id;
            }).list();
            return roles.entrySet().stream()
                    .map(e -> new PeerProfile(e.getKey(), e.getValue(), training.get(e.getKey()))).toList();
        });
    }
}
