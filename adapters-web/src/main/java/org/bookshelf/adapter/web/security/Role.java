package org.bookshelf.adapter.web.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do. Each role includes the ones before it: a {@link #READER} reads, an {@link #EDITOR}
 * also changes the catalogue (all but deleting authors), an {@link #ADMIN} may do everything (backups too).
 */
public enum Role {
    READER,
    EDITOR,
    ADMIN;

    /** The name used in the tokens file, the command line and JWT role claims: {@code reader}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority granted for this role, such as {@code ROLE_EDITOR}. */
    String authority() {
        return "ROLE_" + name();
    }

    /** The role named {@code label} (any case), or empty when there is none of that name. */
    public static Optional<Role> fromLabel(String label) {
        for (Role role : values()) {
            if (role.label().equalsIgnoreCase(label.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
