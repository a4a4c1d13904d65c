package org.gongkai.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The application figures a supervising office (督办) reads per subordinate agency,
 * supplied by the module that holds the applications: received, closed and closed on time
 * in a year, and overdue and paused on a day. A contribution interface, so that the
 * supervision module reads them without reaching into another module's internals.
 */
public interface CaseFigures {

	/**
	 * The figures of each of {@code agencies} for {@code year}, the running counts read
	 * on {@code today}; every agency asked for has an entry.
	 */
	Map<Long, Figures> forYear(Collection<Long> agencies, int year, LocalDate today);

	/** How many applications of each of {@code agencies} are overdue on {@code today}. */
	Map<Long, Long> overdue(Collection<Long> agencies, LocalDate today);

	/**
	 * One agency's figures.
	 *
	 * @param received applications received in the year (table 三, 一、本年新收)
	 * @param closed applications disposed of in the year
	 * @param closedOnTime of those, disposed of by their reply due date
	 * @param overdue open applications past their reply due date today
	 * @param paused open applications whose clock stands still today (awaiting a
	 * correction or a consultation)
	 */
	record Figures(long received, long closed, long closedOnTime, long overdue, long paused) {

		/**
		 * The share closed on time in whole percent, {@code null} when none was closed.
		 */
		public Integer onTimePercent() {
			return closed == 0 ? null : (int) Math.floor(100.0 * closedOnTime / closed);
		}

	}

}
