package org.gongkai.shared;

import java.time.ZoneId;

/** The zone in which every statutory day is counted. */
public final class Zones {

	/**
	 * Asia/Shanghai: working days, receipt dates and deadlines are all days in this zone.
	 */
	public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private Zones() {
	}

}
