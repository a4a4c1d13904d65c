package org.gongkai.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.Role;
import org.gongkai.shared.CaseFigures;
import org.gongkai.shared.WorkItems;
import org.gongkai.shared.Zones;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 督办 part of the work queue: for an agency's registrar, handler or office head the 催办
 * to answer; for a supervisor the answers to read and the agencies of the region with
 * overdue applications.
 */
@Component
class SupervisionWorkItems implements WorkItems {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private final Urgings urgings;

	private final Agencies agencies;

	private final AgencyAccess access;

	private final CaseFigures figures;

	private final MessageSource messages;

	SupervisionWorkItems(Urgings urgings, Agencies agencies, AgencyAccess access, CaseFigures figures,
			MessageSource messages) {
		this.urgings = urgings;
		this.agencies = agencies;
		this.access = access;
		this.figures = figures;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Group> groups(Worker worker) {
		List<Group> groups = new ArrayList<>();
		Set<Long> answering = new HashSet<>();
		Supervision.ANSWERING.forEach(role -> answering.addAll(worker.agenciesWith(role.name())));
		if (!answering.isEmpty()) {
			List<Urging> open = urgings.unanswered(answering, worker.limit() + 1);
			Map<Long, String> names = names(open.stream().map(Urging::getAgencyId).collect(Collectors.toSet()));
			List<Item> items = open.stream()
				.map(urging -> new Item(subject(urging),
						text("supervision.work.sent", urging.getSentByName(),
								DAY.format(urging.getSentAt().atZone(Zones.BEIJING)), names.get(urging.getAgencyId())),
						link(urging), null, Urgency.SOON, text("supervision.state.open")))
				.toList();
			groups.add(Group.of("supervision.work.answer", 5, items, worker.limit(), "/console/supervision/urgings"));
		}
		Set<Long> offices = worker.agenciesWith(Role.SUPERVISOR.name());
		if (!offices.isEmpty()) {
			List<Urging> answered = urgings.answeredUnread(offices, worker.limit() + 1);
			Map<Long, String> names = names(answered.stream().map(Urging::getAgencyId).collect(Collectors.toSet()));
			List<Item> items = answered.stream()
				.map(urging -> new Item(subject(urging),
						text("supervision.work.answered", names.get(urging.getAgencyId()), urging.getAnsweredByName(),
								DAY.format(urging.getAnsweredAt().atZone(Zones.BEIJING))),
						link(urging), null, Urgency.RETURNED, text("supervision.state.answered")))
				.toList();
			groups.add(Group.of("supervision.work.read", 40, items, worker.limit(), "/console/supervision/urgings"));
			groups.add(lateAgencies(worker, offices));
		}
		groups.removeIf(group -> group.items().isEmpty());
		return groups;
	}

	private Group lateAgencies(Worker worker, Set<Long> offices) {
		Set<Long> region = new HashSet<>();
		for (long office : offices) {
			Long parent = agencies.findById(office).map(Agency::getParentId).orElse(null);
			region.addAll(access.subtree(parent == null ? office : parent));
			region.remove(office);
		}
		List<Agency> subordinates = agencies.findAllById(region)
			.stream()
			.filter(agency -> agency.getKind() == AgencyKind.AGENCY)
			.toList();
		Map<Long, Long> overdue = figures.overdue(subordinates.stream().map(Agency::getId).toList(), worker.today());
		List<Item> items = subordinates.stream()
			.filter(agency -> overdue.getOrDefault(agency.getId(), 0L) > 0)
			.map(agency -> new Item(agency.getName(), text("supervision.work.overdue", overdue.get(agency.getId())),
					"/console/supervision?agencyId=" + agency.getId() + "#urge", null, Urgency.LATE,
					text("supervision.state.late")))
			.toList();
		return Group.of("supervision.work.late", 41, items, worker.limit(), "/console/supervision");
	}

	private Map<Long, String> names(Set<Long> ids) {
		return agencies.findAllById(ids).stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
	}

	private String subject(Urging urging) {
		return urging.getTrackingCode() == null ? text("supervision.subject.general")
				: text("supervision.subject.case", urging.getTrackingCode());
	}

	private static String link(Urging urging) {
		return "/console/supervision/urgings/" + urging.getId();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
