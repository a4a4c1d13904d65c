package org.gongkai.agencies;

import org.springframework.modulith.NamedInterface;

/** Published once after the demo agencies and staff were created on an empty database. */
@NamedInterface("api")
public record DemoAgenciesLoaded() {
}
