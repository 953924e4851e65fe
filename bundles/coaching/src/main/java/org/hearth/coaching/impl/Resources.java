package org.hearth.coaching.impl;

import java.util.List;
import java.util.Optional;
import org.hearth.api.KindOfSupport;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The center's list of community resources, kept by staff and linked from plans. Thread-safe. */
@Component(service = Resources.class, immediate = true)
public class Resources {

    private final Jdbi jdbi;

    @Activate
    public Resources(@Reference CoachingDatabase database) {
        this.jdbi = database.jdbi();
    }

    /** The resources still offered (or every one), by kind and name. */
    List<Resource> list(boolean withRetired) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, kind, about, reach, active FROM coaching.resource"
                        + (withRetired ? "" : " WHERE active = TRUE") + " ORDER BY kind, name, id")
                .map((rs, ctx) -> new Resource(rs.getLong(1), rs.getString(2), KindOfSupport.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6))).list());
    }

    Optional<Resource> find(long id) {
        return list(true).stream().filter(r -> r.id() == id).findFirst();
    }

    /** Adds a resource (id 0) or changes one; returns its id. */
    long save(Resource r) {
        if (r.name().isBlank() || r.name().length() > Resource.MAX_NAME || r.about().length() > Resource.MAX_ABOUT
                || r.reach().length() > Resource.MAX_REACH) {
            throw new Refusal("error.resource");
        }
        return jdbi.inTransaction(h -> {
            if (r.id() == 0) {
                return h.createUpdate("INSERT INTO coaching.resource (name, kind, about, reach) VALUES (?, ?, ?, ?)")
                        .bind(0, r.name().strip()).bind(1, r.kind().name()).bind(2, r.about().strip())
                        .bind(3, r.reach().strip()).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            }
            h.createUpdate("UPDATE coaching.resource SET name = ?, kind = ?, about = ?, reach = ?, active = ? WHERE id = ?")
                    .bind(0, r.name().strip()).bind(1, r.kind().name()).bind(2, r.about().strip())
                    .bind(3, r.reach().strip()).bind(4, r.active()).bind(5, r.id()).execute();
            return r.id();
        });
    }
}
