package org.triturate.security;

/** The four roles of the contract (docs/api-guide.md, "Roles"); each user holds exactly one. */
public enum Role {
    ADMIN,
    PHARMACIST,
    TECHNICIAN,
    PRESCRIBER;

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String PHARMACIST = "PHARMACIST";
        public static final String TECHNICIAN = "TECHNICIAN";
        public static final String PRESCRIBER = "PRESCRIBER";

        private Names() {}
    }
}
