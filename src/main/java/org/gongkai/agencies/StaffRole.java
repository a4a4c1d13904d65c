package org.gongkai.agencies;

import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code staff_role}: part of the {@link Staff} aggregate. */
@Table
record StaffRole(Role role, Long agencyId) {
}
