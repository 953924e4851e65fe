package org.hearth.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Rules about sets of roles, shared by accounts and viewers. */
final class Roles {

    private Roles() {
    }

    static Set<Role> staffRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.contains(Role.VISITOR)) {
            throw new IllegalArgumentException("error.account.role");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    static Role primary(Set<Role> roles) {
        Role primary = Role.VISITOR;
        for (Role role : roles) {
            if (role.ordinal() > primary.ordinal()) {
                primary = role;
            }
        }
        return primary;
    }
}
