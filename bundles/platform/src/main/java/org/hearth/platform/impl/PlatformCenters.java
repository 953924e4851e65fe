package org.hearth.platform.impl;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hearth.api.Center;
import org.hearth.api.Centers;
import org.hearth.api.Person;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The centers sharing the main database (see V5__centers.sql). On start the host's center ({@value #ID}, default
 * {@value #DEFAULT_ID}) is added or renamed, and people known at no center yet — everyone registered before centers
 * existed, or moved from another database — become known here.
 */
@Component(service = {Centers.class, PlatformCenters.class})
public class PlatformCenters implements Centers {

    /** Framework properties the host sets from {@code hearth.center.id} and {@code hearth.center.name}. */
    static final String ID = "hearth.center.id";
    static final String NAME = "hearth.center.name";
    static final String DEFAULT_ID = "main";

    private static final Logger LOG = LoggerFactory.getLogger(PlatformCenters.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Center here;

    @Activate
    public PlatformCenters(@Reference PlatformSchema schema, @Reference Clock clock, BundleContext context) {
        this(schema, clock, center(context.getProperty(ID), context.getProperty(NAME)));
    }

    /** For tests and tools: this host serves {@code here}. */
    public PlatformCenters(PlatformSchema schema, Clock clock, Center here) {
        this.jdbi = schema.jdbi();
        this.clock = clock;
        this.here = here;
        jdbi.useTransaction(this::arrive);
    }

    private static Center center(String id, String name) {
        String centerId = id == null || id.isBlank() ? DEFAULT_ID : id.strip();
        return new Center(centerId, name == null || name.isBlank() ? centerId : name.strip());
    }

    private void arrive(Handle h) {
        Timestamp now = Timestamp.from(clock.instant());
        if (h.createUpdate("UPDATE platform.center SET name = ? WHERE id = ?").bind(0, here.name()).bind(1, here.id())
                .execute() == 0) {
            h.createUpdate("INSERT INTO platform.center (id, name, first_seen) VALUES (?, ?, ?)")
                    .bind(0, here.id()).bind(1, here.name()).bind(2, now).execute();
        }
        int adopted = h.createUpdate("INSERT INTO platform.person_center (person_id, center_id, known_since)"
                        + " SELECT p.id, ?, ? FROM platform.person p WHERE NOT EXISTS"
                        + " (SELECT 1 FROM platform.person_center pc WHERE pc.person_id = p.id)")
                .bind(0, here.id()).bind(1, now).execute();
        if (adopted > 0) {
            LOG.info("{} people known at no center yet are now known at center {}", adopted, here.id());
        }
    }

    @Override
    public Center here() {
        return here;
    }

    @Override
    public List<Center> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name FROM platform.center ORDER BY name, id")
                .map(PlatformCenters::center).list());
    }

    @Override
    public List<Center> centersOf(String personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.id, c.name FROM platform.center c"
                        + " JOIN platform.person_center pc ON pc.center_id = c.id WHERE pc.person_id = ?"
                        + " ORDER BY c.name, c.id")
                .bind(0, personId).map(PlatformCenters::center).list());
    }

    @Override
    public Optional<Person> elsewhereByKeyTag(String keyTag) {
        String tag = Names.tidy(keyTag);
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + JdbcPeopleDirectory.COLUMNS + " FROM platform.person p"
                        + " WHERE key_tag = ? AND NOT " + knownAt("p"))
                .bind(0, tag).bind(1, here.id()).map(JdbcPeopleDirectory::person).findOne());
    }

    @Override
    public void knowHere(String personId) {
        jdbi.useHandle(h -> know(h, personId));
    }

    /** Makes the person known here in the caller's transaction; one that is already known here stays as they are. */
    void know(Handle h, String personId) {
        try {
            h.createUpdate("INSERT INTO platform.person_center (person_id, center_id, known_since)"
                            + " SELECT p.id, ?, ? FROM platform.person p WHERE p.id = ? AND NOT " + knownAt("p"))
                    .bind(0, here.id()).bind(1, Timestamp.from(clock.instant())).bind(2, personId).bind(3, here.id())
                    .execute();
        } catch (RuntimeException e) {
            if (!duplicate(e)) {
                throw e;
            }
        }
    }

    /**
     * A condition: the person of {@code alias} is known at the center bound at its one parameter. Left to itself,
     * Derby answers it by reading every membership of the center into a hash table, on each look-up (most of a
     * sign-in's time at 3,000 members); the override, a comment to PostgreSQL, has it look up each person found.
     */
    static String knownAt(String alias) {
        return "EXISTS (SELECT 1 FROM platform.person_center pc --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n"
                + " WHERE pc.person_id = " + alias + ".id AND pc.center_id = ?)";
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Center center(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Center(rs.getString(1), rs.getString(2));
    }
}
