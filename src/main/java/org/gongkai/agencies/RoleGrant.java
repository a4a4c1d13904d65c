package org.gongkai.agencies;

import java.io.Serializable;

import org.springframework.modulith.NamedInterface;

/** One role a staff member holds in one agency. */
@NamedInterface("api")
public record RoleGrant(Role role, long agencyId) implements Serializable {
}
