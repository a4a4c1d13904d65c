package org.gongkai.calendar;

import java.util.Comparator;
import java.util.List;

/**
 * One year's State Council notice on holidays (国务院办公厅关于某年部分节假日安排的通知): the days it
 * declares off and the weekend days it declares make-up working days (调休上班).
 * <p>
 * A notice is keyed by the year it is for, not by the year of each date: the 2023 notice
 * declares 2022-12-31 off (元旦), and the 2019 notice declares Saturday 2018-12-29 a
 * working day. Days are kept sorted by date.
 *
 * @param year the year the notice is for
 * @param papers addresses of the notice on gov.cn (may be empty)
 * @param days the declared days, sorted by date, each date once
 */
public record HolidayNotice(int year, List<String> papers, List<DeclaredDay> days) {

	public HolidayNotice {
		papers = papers == null ? List.of() : List.copyOf(papers);
		days = days == null ? List.of() : days.stream().sorted(Comparator.comparing(DeclaredDay::date)).toList();
	}

	/** The number of days declared off. */
	public long offDays() {
		return days.stream().filter(DeclaredDay::offDay).count();
	}

	/** The number of weekend days declared make-up working days. */
	public long makeUpDays() {
		return days.stream().filter(day -> !day.offDay()).count();
	}

	/**
	 * Whether the notice declares anything; the empty upstream file of a year not yet
	 * published does not.
	 */
	public boolean isEmpty() {
		return days.isEmpty();
	}

}
