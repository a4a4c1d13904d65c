/**
 * Agencies and their hierarchy (a region, its agencies, the supervising office 政务公开办 that oversees them), the
 * staff who work in them with their roles, sign-in, API tokens and the rules of who may see which agency's records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies and staff")
package org.gongkai.agencies;
