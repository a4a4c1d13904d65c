/**
 * Agencies and their hierarchy (a region, its agencies, the supervising office 政务公开办 that
 * oversees them), the staff who work in them with their roles, sign-in, API tokens and
 * the rules of who may see which agency's records.
 *
 * <p>
 * API for other modules, the named interface {@code agencies :: api}: the directory of
 * agencies ({@link org.gongkai.agencies.Agencies},
 * {@link org.gongkai.agencies.AgencyDirectory}, {@link org.gongkai.agencies.Agency},
 * {@link org.gongkai.agencies.AgencyKind}), the signed-in staff member and the access
 * rule ({@link org.gongkai.agencies.StaffPrincipal},
 * {@link org.gongkai.agencies.AgencyAccess}, {@link org.gongkai.agencies.Role},
 * {@link org.gongkai.agencies.RoleGrant}), staff look-ups
 * ({@link org.gongkai.agencies.Staff}, {@link org.gongkai.agencies.StaffMembers},
 * {@link org.gongkai.agencies.StaffRoster}, {@link org.gongkai.agencies.StaffNotices})
 * and the events others listen to ({@link org.gongkai.agencies.AgencyCreated},
 * {@link org.gongkai.agencies.AgencyUpdated},
 * {@link org.gongkai.agencies.DemoAgenciesLoaded}). Everything else, administration and
 * sign-in included, is internal. It depends on {@code shared} only.
 */
@ApplicationModule(displayName = "Agencies and staff", allowedDependencies = { "shared" })
package org.gongkai.agencies;

import org.springframework.modulith.ApplicationModule;
