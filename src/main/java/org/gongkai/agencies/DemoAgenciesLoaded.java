package org.gongkai.agencies;

/** Published once after the demo agencies and staff were created on an empty database. */
public record DemoAgenciesLoaded() {
}
