package org.gongkai.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * The holiday notices shipped in {@code classpath:calendar/} from the holiday-cn dataset
 * (MIT licence, see {@code calendar/LICENSE}), one file per notice year.
 */
final class ShippedNotices {

	static final int FIRST_YEAR = 2019;

	static final int LAST_YEAR = 2027;

	private static volatile List<HolidayNotice> cache;

	private ShippedNotices() {
	}

	/**
	 * Every shipped notice, empty ones included (a year not yet published ships as an
	 * empty file); read once.
	 */
	static List<HolidayNotice> all() {
		List<HolidayNotice> notices = cache;
		if (notices == null) {
			List<HolidayNotice> read = new ArrayList<>();
			for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
				HolidayNotice notice = NoticeFormat.shipped(year);
				if (notice != null) {
					read.add(notice);
				}
			}
			notices = List.copyOf(read);
			cache = notices;
		}
		return notices;
	}

}
