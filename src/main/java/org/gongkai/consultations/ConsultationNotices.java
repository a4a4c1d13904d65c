package org.gongkai.consultations;

import java.time.Clock;
import java.time.LocalDate;
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
 * The console's notice of this module: how many of the person's questions are overdue.
 */
@Component
class ConsultationNotices implements StaffNotices {

	private final ConsultationSearch search;

	private final AgencyAccess agencyAccess;

	private final MessageSource messages;

	private final Clock clock;

	ConsultationNotices(ConsultationSearch search, AgencyAccess agencyAccess, MessageSource messages, Clock clock) {
		this.search = search;
		this.agencyAccess = agencyAccess;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<ConsoleNotice> notices(StaffPrincipal staff) {
		Set<Long> agencies = staff.homeAgencies();
		if (agencies.isEmpty()) {
			return List.of();
		}
		long overdue = search.countOverdue(agencyAccess.readableAgencies(staff), LocalDate.now(clock));
		if (overdue == 0) {
			return List.of();
		}
		return List.of(new ConsoleNotice("error", messages.getMessage("consultation.notice.overdue",
				new Object[] { overdue }, LocaleContextHolder.getLocale()), "/console/consultations/timeliness"));
	}

}
