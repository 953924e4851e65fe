package org.hearth.volunteers.impl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The center's shift roles (front desk, kitchen, …) with their requirements. Thread-safe. */
@Component(service = RoleList.class, immediate = true)
public class RoleList {

    static final int MAX_NAME = 80;
    private final Jdbi jdbi;

    @Activate
    public RoleList(@Reference VolunteersDatabase database) {
        this.jdbi = database.jdbi();
    }

    /** The active roles in the center's order. */
    List<ShiftRole> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name_en, name_es, needs_coach, min_days, needs_oversight"
                        + " FROM volunteers.shift_role WHERE active = TRUE ORDER BY position, code")
                .map((rs, ctx) -> new ShiftRole(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        rs.getBoolean(4), rs.getInt(5), rs.getBoolean(6)))
                .list());
    }

    Map<String, ShiftRole> byCode() {
        return list().stream().collect(Collectors.toMap(ShiftRole::code, Function.identity()));
    }

    /** Adds a role or changes one; the code is made from the English name when new. */
    ShiftRole save(ShiftRole role) {
        String name = role.nameEn() == null ? "" : role.nameEn().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || role.nameEs().map(n -> n.length() > MAX_NAME).orElse(false)) {
            throw new IllegalArgumentException("error.role.name");
        }
        if (role.minDays() < 0 || role.minDays() > 3650) {
            throw new IllegalArgumentException("error.role.days");
        }
        jdbi.useTransaction(h -> {
            int changed = h.createUpdate("UPDATE volunteers.shift_role SET name_en = ?, name_es = ?, needs_coach = ?,"
                            + " min_days = ?, needs_oversight = ?, active = TRUE WHERE code = ?")
                    .bind(0, name).bind(1, role.nameEs().orElse(null)).bind(2, role.needsCoach()).bind(3, role.minDays())
                    .bind(4, role.needsOversight()).bind(5, role.code()).execute();
            if (changed == 0) {
                h.createUpdate("INSERT INTO volunteers.shift_role (code, name_en, name_es, needs_coach, min_days,"
                                + " needs_oversight, position) VALUES (?, ?, ?, ?, ?, ?,"
                                + " (SELECT COALESCE(MAX(position), 0) + 10 FROM volunteers.shift_role))")
                        .bind(0, role.code()).bind(1, name).bind(2, role.nameEs().orElse(null)).bind(3, role.needsCoach())
                        .bind(4, role.minDays()).bind(5, role.needsOversight()).execute();
            }
        });
        return role;
    }

    /** A code for a new role's name: lower-case letters, digits and underscores. */
    static String codeFor(String name) {
        String code = java.text.Normalizer.normalize(name.strip().toLowerCase(java.util.Locale.ROOT),
                        java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        code = code.isEmpty() ? "role" : code;
        return code.length() > 24 ? code.substring(0, 24) : code;
    }
}
