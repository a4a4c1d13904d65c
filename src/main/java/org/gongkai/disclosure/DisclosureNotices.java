package org.gongkai.disclosure;

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
import org.springframework.stereotype.Component;

/**
 * The console's notices of this module: how many catalogue entries wait for the person's
 * review, and how many of their agencies' open entries are past the Article 26 date.
 */
@Component
class DisclosureNotices implements StaffNotices {

	private final CatalogueSearch search;

	private final AgencyAccess agencyAccess;

	private final MessageSource messages;

	private final Clock clock;

	DisclosureNotices(CatalogueSearch search, AgencyAccess agencyAccess, MessageSource messages, Clock clock) {
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
		List<ConsoleNotice> notices = new ArrayList<>();
		long waiting = search.inbox(staff).stream().filter(row -> row.state() == EntryState.IN_REVIEW).count();
		if (waiting > 0) {
			notices.add(new ConsoleNotice("ok", messages.getMessage("disclosure.notice.inbox", new Object[] { waiting },
					LocaleContextHolder.getLocale()), "/console/disclosure/inbox"));
		}
		long overdue = search.countOverdue(agencies, LocalDate.now(clock));
		if (overdue > 0) {
			notices.add(new ConsoleNotice("error", messages.getMessage("disclosure.notice.overdue",
					new Object[] { overdue }, LocaleContextHolder.getLocale()), "/console/disclosure/timeliness"));
		}
		return notices;
	}

}
