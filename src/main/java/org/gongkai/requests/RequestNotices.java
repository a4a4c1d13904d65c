package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffNotices;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.ConsoleNotice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notices at the top of every console page: how many applications wait for a step (to
 * confirm, to accept, to review, or with the staff member as handler), and how many of
 * their agencies' applications are overdue. Two indexed counts per page.
 */
@Component
class RequestNotices implements StaffNotices {

	private final JdbcClient jdbc;

	private final RequestSearch search;

	private final AgencyAccess agencyAccess;

	private final MessageSource messages;

	private final Clock clock;

	RequestNotices(JdbcClient jdbc, RequestSearch search, AgencyAccess agencyAccess, MessageSource messages,
			Clock clock) {
		this.jdbc = jdbc;
		this.search = search;
		this.agencyAccess = agencyAccess;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<ConsoleNotice> notices(StaffPrincipal staff) {
		Set<Long> agencies = agencyAccess.readableAgencies(staff);
		if (agencies.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		long overdue = search.countOverdue(agencies, today);
		long waiting = jdbc.sql("""
				select count(*) from information_request
				where agency_id in (:agencies)
				  and (status in ('SUBMITTED', 'RECEIVED', 'IN_REVIEW')
				       or (handler_id = :me and status in ('IN_HANDLING', 'APPROVED')))
				""").param("agencies", agencies).param("me", staff.id()).query(Long.class).single();
		List<ConsoleNotice> notices = new ArrayList<>();
		if (waiting > 0) {
			notices.add(new ConsoleNotice("ok", messages.getMessage("request.notice.waiting", new Object[] { waiting },
					LocaleContextHolder.getLocale()), "/console/requests"));
		}
		if (overdue > 0) {
			notices.add(new ConsoleNotice("error", messages.getMessage("request.notice.overdue",
					new Object[] { overdue }, LocaleContextHolder.getLocale()), "/console/requests/deadlines"));
		}
		return notices;
	}

}
