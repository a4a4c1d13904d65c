package org.gongkai.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loading a year's holiday notice (国务院办公厅节假日安排通知) — uploaded as a holiday-cn JSON file or
 * entered in the console form — and withdrawing it. Only administrators may; each change
 * is validated whole before anything is written, stored with a new revision and recorded
 * in the audit trail in the same transaction, so a rejected notice changes nothing.
 */
@Service
public class CalendarAdministration {

	static final String ADMINISTRATOR = "ROLE_ADMINISTRATOR";

	private final WorkingCalendar calendar;

	private final StoredNotices store;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarAdministration(WorkingCalendar calendar, StoredNotices store, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.calendar = calendar;
		this.store = store;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The outcome of a load.
	 *
	 * @param notice the notice now in force for its year
	 * @param changed {@code false} when it was identical to the one in force (nothing was
	 * written)
	 * @param added declared days that are new or changed
	 * @param removed declared days no longer declared
	 */
	public record LoadResult(HolidayNotice notice, boolean changed, List<DeclaredDay> added,
			List<DeclaredDay> removed) {
	}

	/**
	 * One year as the console lists it.
	 *
	 * @param year the notice year
	 * @param notice the notice in force, or {@code null} if none is loaded
	 * @param source where it came from, or {@code null}
	 * @param lastLoad the administrator's load in force, or {@code null}
	 * @param shippedAvailable whether Gongkai ships a notice for the year (a withdrawal
	 * falls back to it)
	 */
	public record YearStatus(int year, HolidayNotice notice, NoticeSource source, NoticeLoad lastLoad,
			boolean shippedAvailable) {

		public boolean missing() {
			return notice == null || notice.isEmpty();
		}

	}

	/** Loads a holiday-cn JSON file. */
	@Transactional
	public LoadResult loadJson(byte[] bytes, String fileName) {
		String actor = administrator();
		return load(NoticeFormat.fromJson(bytes), NoticeSource.UPLOAD, fileName, actor);
	}

	/**
	 * Loads the days entered in the console form (see {@link NoticeFormat#fromLines}).
	 */
	@Transactional
	public LoadResult loadLines(String year, String papers, String days) {
		String actor = administrator();
		return load(NoticeFormat.fromLines(year, papers, days), NoticeSource.FORM, null, actor);
	}

	private LoadResult load(HolidayNotice notice, NoticeSource source, String fileName, String actor) {
		lockRevision();
		HolidayNotice previous = inForce(notice.year()).orElse(null);
		List<DeclaredDay> before = previous == null ? List.of() : previous.days();
		Set<DeclaredDay> beforeSet = new HashSet<>(before);
		Set<DeclaredDay> afterSet = new HashSet<>(notice.days());
		List<DeclaredDay> added = notice.days().stream().filter(day -> !beforeSet.contains(day)).toList();
		List<DeclaredDay> removed = before.stream().filter(day -> !afterSet.contains(day)).toList();
		if (added.isEmpty() && removed.isEmpty() && previous != null && previous.papers().equals(notice.papers())) {
			return new LoadResult(previous, false, List.of(), List.of());
		}
		store.insert(notice, source, fileName == null ? null : truncate(fileName, 255), actor, clock.instant());
		store.bumpRevision();
		events.publishEvent(
				new CalendarYearLoaded(actor, notice.year(), source, fileName == null ? null : truncate(fileName, 100),
						notice.offDays(), notice.makeUpDays(), added.size(), removed.size()));
		return new LoadResult(notice, true, added, removed);
	}

	/**
	 * Withdraws the administrators' loads of {@code year}; the shipped notice, if any,
	 * applies again.
	 */
	@Transactional
	public void withdraw(int year) {
		String actor = administrator();
		lockRevision();
		if (store.withdraw(year, actor, clock.instant()) == 0) {
			throw new RuleViolation("calendar.nothing-to-withdraw", year + " 年没有管理员载入的节假日安排，无需撤回");
		}
		store.bumpRevision();
		events.publishEvent(new CalendarYearWithdrawn(actor, year, shipped(year).isPresent()));
	}

	/**
	 * The years from 2019 to next year (and any later year loaded), newest first, as of
	 * {@code today}.
	 */
	@Transactional(readOnly = true)
	public List<YearStatus> years(LocalDate today) {
		List<NoticeLoad> loads = store.loads(null);
		TreeSet<Integer> years = new TreeSet<>();
		for (int year = ShippedNotices.FIRST_YEAR; year <= today.getYear() + 1; year++) {
			years.add(year);
		}
		years.addAll(calendar.knownYears());
		loads.forEach(load -> years.add(load.year()));
		List<YearStatus> result = new ArrayList<>();
		for (int year : years.descendingSet()) {
			NoticeLoad last = loads.stream()
				.filter(load -> load.year() == year && !load.withdrawn())
				.findFirst()
				.orElse(null);
			HolidayNotice notice = calendar.notice(year).orElse(null);
			NoticeSource source = notice == null ? null : last != null ? last.source() : NoticeSource.SHIPPED;
			result.add(new YearStatus(year, notice, source, last, shipped(year).isPresent()));
		}
		return result;
	}

	/** Every load of {@code year}, newest first. */
	@Transactional(readOnly = true)
	public List<NoticeLoad> loads(int year) {
		return store.loads(year);
	}

	/** The notice in force for {@code year} in the holiday-cn JSON format. */
	public Optional<String> json(int year) {
		return calendar.notice(year).map(NoticeFormat::toJson);
	}

	/**
	 * The notice in force for {@code year} as lines of the console form, to start an edit
	 * from.
	 */
	public Optional<String> lines(int year) {
		return calendar.notice(year).map(NoticeFormat::toLines);
	}

	private Optional<HolidayNotice> inForce(int year) {
		return store.inForce().stream().filter(notice -> notice.year() == year).findFirst().or(() -> shipped(year));
	}

	private static Optional<HolidayNotice> shipped(int year) {
		return ShippedNotices.all().stream().filter(notice -> notice.year() == year && !notice.isEmpty()).findFirst();
	}

	private void lockRevision() {
		// Serialises concurrent loads: the comparison with the notice in force sees the
		// latest committed state.
		jdbc.sql("select revision from calendar_revision where id = 1 for update").query(Long.class).single();
	}

	/**
	 * Whether the signed-in user may load and withdraw notices: staff holding the
	 * ADMINISTRATOR role.
	 */
	public static boolean mayAdminister() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> ADMINISTRATOR.equals(authority.getAuthority()));
	}

	private static String administrator() {
		if (!mayAdminister()) {
			throw new AccessDeniedException("只有管理员可以载入或撤回节假日安排");
		}
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
