package org.hearth.supervision.impl;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.api.AuditLog;
import org.hearth.api.Role;
import org.hearth.api.Viewer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The topics a supervision session may touch on: the shipped ones and those the center added. Thread-safe. */
@Component(service = Topics.class, immediate = true)
public class Topics {

    static final int MAX_NAME = 80;

    /** A topic, in both languages (Spanish falls back to English). */
    record Topic(String code, String nameEn, Optional<String> nameEs) {
        String name(Locale locale) {
            return "es".equals(locale.getLanguage()) ? nameEs.orElse(nameEn) : nameEn;
        }
    }

    private final SupervisionDatabase database;
    private final AuditLog audit;

    @Activate
    public Topics(@Reference SupervisionDatabase database, @Reference AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    List<Topic> list() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT code, name_en, name_es FROM supervision.topic"
                        + " ORDER BY position, code")
                .map((rs, ctx) -> new Topic(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3))))
                .list());
    }

    Set<String> codes() {
        return list().stream().map(Topic::code).collect(Collectors.toSet());
    }

    /** Adds a topic of the center's own; supervisors and coordinators may. Returns its code. */
    String add(Viewer viewer, String nameEn, Optional<String> nameEs) {
        if (!viewer.holds(Role.SUPERVISOR) && !viewer.holds(Role.COORDINATOR)) {
            throw Refusal.notYours();
        }
        String en = SupervisionLog.text(nameEn);
        if (en == null || en.length() > MAX_NAME || nameEs.filter(n -> n.strip().length() > MAX_NAME).isPresent()) {
            throw new Refusal("error.topic.name");
        }
        String code = "own_" + en.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        String shortCode = code.length() > 40 ? code.substring(0, 40) : code;
        if (codes().contains(shortCode)) {
            throw new Refusal("error.topic.exists");
        }
        int position = database.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(MAX(position), 0) + 10"
                + " FROM supervision.topic").mapTo(Integer.class).one());
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO supervision.topic (code, name_en, name_es, position)"
                        + " VALUES (?, ?, ?, ?)").bind(0, shortCode).bind(1, en)
                .bind(2, nameEs.map(SupervisionLog::text).orElse(null)).bind(3, position).execute());
        audit.record(Access.me(viewer), "supervision.topic.add", "topic:" + shortCode);
        return shortCode;
    }
}
