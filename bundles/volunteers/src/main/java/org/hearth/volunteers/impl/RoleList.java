package org.hearth.volunteers.impl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.api.Centers;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The center's shift roles (front desk, kitchen, …) with their requirements: the network's roles (those from before
 * centers, no center of their own) and the ones this center added, which the other centers do not see. A role's code
 * is unique across the network (shifts, templates and the stipend rules name it). Thread-safe.
 */
@Component(service = RoleList.class, immediate = true)
public class RoleList {

    static final int MAX_NAME = 80;
    private static final int MAX_CODE = 32;
    private final Jdbi jdbi;
    private final String here;

    @Activate
    public RoleList(@Reference VolunteersDatabase database, @Reference Centers centers) {
        this(database, centers.here().id());
    }

    /** For tests: a single kiosk at the default center. */
    public RoleList(VolunteersDatabase database) {
        this(database, CenterRows.DEFAULT);
    }

    RoleList(VolunteersDatabase database, String here) {
        this.jdbi = database.jdbi();
        this.here = here;
    }

    /** The active roles in the center's order. */
    List<ShiftRole> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name_en, name_es, needs_coach, min_days, needs_oversight"
                        + " FROM volunteers.shift_role WHERE active = TRUE AND (center_id IS NULL OR center_id = ?)"
                        + " ORDER BY position, code").bind(0, here)
                .map((rs, ctx) -> new ShiftRole(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        rs.getBoolean(4), rs.getInt(5), rs.getBoolean(6)))
                .list());
    }

    Map<String, ShiftRole> byCode() {
        return list().stream().collect(Collectors.toMap(ShiftRole::code, Function.identity()));
    }

    /**
     * Adds a role or changes one of this center's or the network's; the role as saved. A new role whose code another
     * center's role has already is given this center's id after its code.
     */
    ShiftRole save(ShiftRole role) {
        String name = role.nameEn() == null ? "" : role.nameEn().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || role.nameEs().map(n -> n.length() > MAX_NAME).orElse(false)) {
            throw new IllegalArgumentException("error.role.name");
        }
        if (role.minDays() < 0 || role.minDays() > 3650) {
            throw new IllegalArgumentException("error.role.days");
        }
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE volunteers.shift_role SET name_en = ?, name_es = ?, needs_coach = ?,"
                            + " min_days = ?, needs_oversight = ?, active = TRUE WHERE code = ?"
                            + " AND (center_id IS NULL OR center_id = ?)")
                    .bind(0, name).bind(1, role.nameEs().orElse(null)).bind(2, role.needsCoach()).bind(3, role.minDays())
                    .bind(4, role.needsOversight()).bind(5, role.code()).bind(6, here).execute();
            if (changed > 0) {
                return role;
            }
            boolean taken = h.createQuery("SELECT COUNT(*) FROM volunteers.shift_role WHERE code = ?")
                    .bind(0, role.code()).mapTo(Integer.class).one() > 0;
            String ours = role.code() + "_" + here;
            String code = !taken ? role.code() : ours.length() > MAX_CODE ? ours.substring(0, MAX_CODE) : ours;
            h.createUpdate("INSERT INTO volunteers.shift_role (code, name_en, name_es, needs_coach, min_days,"
                            + " needs_oversight, position, center_id) VALUES (?, ?, ?, ?, ?, ?,"
                            + " (SELECT COALESCE(MAX(position), 0) + 10 FROM volunteers.shift_role), ?)")
                    .bind(0, code).bind(1, name).bind(2, role.nameEs().orElse(null)).bind(3, role.needsCoach())
                    .bind(4, role.minDays()).bind(5, role.needsOversight()).bind(6, here).execute();
            return new ShiftRole(code, name, role.nameEs(), role.needsCoach(), role.minDays(), role.needsOversight());
        });
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
