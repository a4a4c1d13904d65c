package org.gongkai.reports;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.Role;
import org.gongkai.shared.WorkItems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Last year's annual report in the office head's work queue: submitted and awaiting
 * sign-off, or signed off and awaiting publication, due by 31 January (Article 49 of the
 * Regulations). One read of the latest version per agency where they are office head.
 */
@Component
class ReportWorkItems implements WorkItems {

	/** The day the annual report is due each year (Article 49). */
	static final MonthDay DUE = MonthDay.of(1, 31);

	private final AnnualReports reports;

	private final Agencies agencies;

	private final MessageSource messages;

	ReportWorkItems(AnnualReports reports, Agencies agencies, MessageSource messages) {
		this.reports = reports;
		this.agencies = agencies;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Group> groups(Worker worker) {
		var heads = worker.agenciesWith(Role.OFFICE_HEAD.name());
		if (heads.isEmpty()) {
			return List.of();
		}
		int year = worker.today().getYear() - 1;
		LocalDate due = DUE.atYear(worker.today().getYear());
		Map<Long, String> names = agencies.findAllById(heads)
			.stream()
			.collect(Collectors.toMap(Agency::getId, Agency::getName));
		List<Item> items = new ArrayList<>();
		for (long agency : heads) {
			reports.latest(agency, year)
				.filter(version -> version.state() == AnnualReports.State.IN_REVIEW
						|| version.state() == AnnualReports.State.SIGNED_OFF)
				.ifPresent(version -> items.add(new Item(text("report.work.title", names.get(agency), year), null,
						"/console/annual-reports/" + agency + "/" + year, due,
						worker.today().isAfter(due) ? Urgency.LATE : Urgency.SOON,
						text("report.work." + version.state().name()))));
		}
		Group group = Group.of("report.work.group", 35, items, worker.limit(), null);
		return group.items().isEmpty() ? List.of() : List.of(group);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
