package org.gongkai.agencies;

import org.springframework.modulith.NamedInterface;

/** What an entry of the agency hierarchy is. */
@NamedInterface("api")
public enum AgencyKind {

	/**
	 * A region (行政区域) such as 南阳市卧龙区: the root of a hierarchy, holding no records itself.
	 */
	REGION,

	/**
	 * An administrative agency that discloses information and files its own annual
	 * report.
	 */
	AGENCY,

	/**
	 * The supervising office (政务公开办) of a region, which oversees every agency of that
	 * region.
	 */
	SUPERVISING_OFFICE

}
