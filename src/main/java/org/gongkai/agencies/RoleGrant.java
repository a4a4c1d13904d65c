package org.gongkai.agencies;

/** One role a staff member holds in one agency. */
public record RoleGrant(Role role, long agencyId) implements java.io.Serializable {
}
