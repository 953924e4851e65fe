package org.hearth.platform.impl;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.api.Center;
import org.hearth.api.HearthTopics;
import org.hearth.api.PeopleDirectory;
import org.hearth.api.Person;
import org.hearth.api.SignInPicture;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** People in the platform schema of the main database. */
@Component
public class JdbcPeopleDirectory implements PeopleDirectory {

    static final String COLUMNS =
            "id, chosen_name, last_initial, preferred_language, key_tag, registered_at, sign_in_picture";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcPeopleDirectory.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final PlatformCenters centers;
    private final String here;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public JdbcPeopleDirectory(@Reference PlatformSchema schema, @Reference Clock clock,
                               @Reference PlatformCenters centers) {
        this.jdbi = schema.jdbi();
        this.clock = clock;
        this.centers = centers;
        this.here = centers.here().id();
        refreshNameKeys();
    }

    /** For tests: a single kiosk, its center the default one. */
    public JdbcPeopleDirectory(PlatformSchema schema, Clock clock) {
        this(schema, clock, new PlatformCenters(schema, clock, new Center(PlatformCenters.DEFAULT_ID, "Hearth")));
    }

    /** Keeps look-up keys in step with {@link Names#key} when its rule changes (it did: accents). */
    private void refreshNameKeys() {
        jdbi.useTransaction(h -> {
            var stale = h.createQuery("SELECT id, chosen_name, name_key FROM platform.person")
                    .map((rs, ctx) -> new String[] {rs.getString(1), Names.key(rs.getString(2)), rs.getString(3)})
                    .filter(row -> !row[1].equals(row[2])).list();
            var update = h.prepareBatch("UPDATE platform.person SET name_key = ? WHERE id = ?");
            stale.forEach(row -> update.bind(0, row[1]).bind(1, row[0]).add());
            if (!stale.isEmpty()) {
                update.execute();
            }
        });
    }

    @Override
    public Person register(String chosenName, Optional<String> lastInitial, Optional<String> preferredLanguage) {
        Person person = new Person(UUID.randomUUID().toString(), Names.chosenName(chosenName),
                Names.optional(lastInitial, 4, "error.initial.long"),
                Names.optional(preferredLanguage, 8, "error.language.long"),
                Optional.empty(), clock.instant());
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO platform.person (id, chosen_name, name_key, last_initial,"
                            + " preferred_language, registered_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .bind(0, person.id()).bind(1, person.chosenName()).bind(2, Names.key(person.chosenName()))
                    .bind(3, person.lastInitial().orElse(null)).bind(4, person.preferredLanguage().orElse(null))
                    .bind(5, Timestamp.from(person.registeredAt()))
                    .execute();
            centers.know(h, person.id());
        });
        return person;
    }

    @Override
    public Optional<Person> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM platform.person WHERE id = ?")
                .bind(0, id).map(JdbcPeopleDirectory::person).findOne());
    }

    @Override
    public Optional<Person> findByKeyTag(String keyTag) {
        String tag = Names.tidy(keyTag);
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM platform.person p WHERE key_tag = ?"
                        + " AND " + PlatformCenters.knownAt("p"))
                .bind(0, tag).bind(1, here).map(JdbcPeopleDirectory::person).findOne());
    }

    /** Whoever holds the key tag at any center (key tags are unique across the network). */
    private Optional<Person> holderOf(String keyTag) {
        String tag = Names.tidy(keyTag);
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM platform.person WHERE key_tag = ?")
                .bind(0, tag).map(JdbcPeopleDirectory::person).findOne());
    }

    @Override
    public List<Person> findByNamePrefix(String prefix, int limit) {
        String key = Names.key(prefix);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM platform.person p"
                        + " WHERE name_key LIKE ? ESCAPE '\\' AND " + PlatformCenters.knownAt("p")
                        + " ORDER BY name_key, registered_at FETCH FIRST " + limit + " ROWS ONLY")
                .bind(0, Names.likeEscape(key) + "%").bind(1, here).map(JdbcPeopleDirectory::person).list());
    }

    @Override
    public List<Person> findByNamePart(String part, int limit) {
        String key = Names.key(part);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        String written = Names.tidy(part).toLowerCase(Locale.ROOT);
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM platform.person p"
                        // '!' escapes here: JDBI's parser drops a backslash between two quoted ones in one statement
                        + " WHERE (name_key LIKE ? ESCAPE '!' OR LOWER(chosen_name) LIKE ? ESCAPE '!')"
                        + " AND " + PlatformCenters.knownAt("p")
                        + " ORDER BY CASE WHEN name_key LIKE ? ESCAPE '!' THEN 0 ELSE 1 END, name_key, registered_at"
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .bind(0, "%" + Names.likeEscape(key, '!') + "%").bind(1, "%" + Names.likeEscape(written, '!') + "%")
                .bind(2, here).bind(3, Names.likeEscape(key, '!') + "%")
                .map(JdbcPeopleDirectory::person).list());
    }

    @Override
    public Person update(Person person) {
        Person tidy = new Person(person.id(), Names.chosenName(person.chosenName()),
                Names.optional(person.lastInitial(), 4, "error.initial.long"),
                Names.optional(person.preferredLanguage(), 8, "error.language.long"),
                person.keyTag(), person.registeredAt());
        int rows = jdbi.withHandle(h -> h.createUpdate("UPDATE platform.person SET chosen_name = ?, name_key = ?,"
                        + " last_initial = ?, preferred_language = ? WHERE id = ?")
                .bind(0, tidy.chosenName()).bind(1, Names.key(tidy.chosenName()))
                .bind(2, tidy.lastInitial().orElse(null)).bind(3, tidy.preferredLanguage().orElse(null))
                .bind(4, tidy.id()).execute());
        if (rows == 0) {
            throw new IllegalArgumentException("error.person.unknown");
        }
        return find(tidy.id()).orElse(tidy);
    }

    @Override
    public void assignKeyTag(String personId, Optional<String> keyTag) {
        Optional<String> tag = Names.optional(keyTag, 64, "error.keytag.long");
        tag.flatMap(this::holderOf).filter(holder -> !holder.id().equals(personId)).ifPresent(holder -> {
            throw new IllegalArgumentException("error.keytag.taken");
        });
        jdbi.useHandle(h -> h.createUpdate("UPDATE platform.person SET key_tag = ? WHERE id = ?")
                .bind(0, tag.orElse(null)).bind(1, personId).execute());
    }

    @Override
    public void choosePicture(String personId, Optional<SignInPicture> picture) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE platform.person SET sign_in_picture = ? WHERE id = ?")
                .bind(0, picture.map(Enum::name).orElse(null)).bind(1, personId).execute());
    }

    private static Optional<SignInPicture> picture(String name) {
        try {
            return Optional.of(SignInPicture.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String personId) {
        tell(HearthTopics.PERSON_DELETED, Map.of(HearthTopics.PERSON_ID, personId));
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM platform.supervision WHERE supervisor_id = ?").bind(0, personId).execute();
            h.createUpdate("UPDATE platform.supervision SET backup_id = NULL WHERE backup_id = ?").bind(0, personId)
                    .execute();
            h.createUpdate("DELETE FROM platform.person WHERE id = ?").bind(0, personId).execute();
        });
        LOG.info("Person {} deleted", personId);
    }

    @Override
    public void merge(String duplicateId, String keepId) {
        if (duplicateId.equals(keepId)) {
            throw new IllegalArgumentException("error.merge.same");
        }
        Person duplicate = find(duplicateId).orElseThrow(() -> new IllegalArgumentException("error.person.unknown"));
        Person keep = find(keepId).orElseThrow(() -> new IllegalArgumentException("error.person.unknown"));
        tell(HearthTopics.PERSON_MERGED, Map.of(HearthTopics.PERSON_ID, keepId, HearthTopics.MERGED_ID, duplicateId));
        jdbi.useTransaction(h -> {
            if (keep.keyTag().isEmpty() && duplicate.keyTag().isPresent()) {
                h.createUpdate("UPDATE platform.person SET key_tag = NULL WHERE id = ?").bind(0, duplicateId).execute();
                h.createUpdate("UPDATE platform.person SET key_tag = ? WHERE id = ?")
                        .bind(0, duplicate.keyTag().get()).bind(1, keepId).execute();
            }
            if (keep.picture().isEmpty() && duplicate.picture().isPresent()) {
                h.createUpdate("UPDATE platform.person SET sign_in_picture = ? WHERE id = ?")
                        .bind(0, duplicate.picture().get().name()).bind(1, keepId).execute();
            }
            new SupervisionMoves(h).merge(duplicateId, keepId);
            h.createUpdate("INSERT INTO platform.person_center (person_id, center_id, known_since)"
                            + " SELECT ?, d.center_id, d.known_since FROM platform.person_center d WHERE d.person_id = ?"
                            + " AND NOT EXISTS (SELECT 1 FROM platform.person_center k WHERE k.person_id = ?"
                            + " AND k.center_id = d.center_id)")
                    .bind(0, keepId).bind(1, duplicateId).bind(2, keepId).execute();
            h.createUpdate("DELETE FROM platform.person WHERE id = ?").bind(0, duplicateId).execute();
        });
        LOG.info("Person {} merged into {}", duplicateId, keepId);
    }

    /** Tells every feature, and waits for them: each forgets or moves its own rows in its handler. */
    private void tell(String topic, Map<String, Object> properties) {
        EventAdmin admin = events;
        if (admin == null) {
            LOG.warn("No event service: features were not told about {}", topic);
            return;
        }
        admin.sendEvent(new Event(topic, properties));
    }

    static Person person(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Person(rs.getString("id"), rs.getString("chosen_name"),
                Optional.ofNullable(rs.getString("last_initial")),
                Optional.ofNullable(rs.getString("preferred_language")),
                Optional.ofNullable(rs.getString("key_tag")),
                rs.getTimestamp("registered_at").toInstant(),
                Optional.ofNullable(rs.getString("sign_in_picture")).flatMap(JdbcPeopleDirectory::picture));
    }
}
