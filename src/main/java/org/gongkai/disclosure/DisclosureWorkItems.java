package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.WorkItems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue entries in a staff member's work queue: the review inbox (entries waiting
 * at a level whose role they hold, and their drafts returned with comments), and for the
 * publisher (发布员, the drafter) the entries of their agencies whose Article 26 term (20
 * working days from forming) ends soon or has passed. Read through
 * {@link CatalogueSearch}.
 */
@Component
class DisclosureWorkItems implements WorkItems {

	private final CatalogueSearch search;

	private final MessageSource messages;

	DisclosureWorkItems(CatalogueSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Group> groups(Worker worker) {
		List<Group> groups = new ArrayList<>();
		LocalDate today = worker.today();
		List<Item> inbox = search.inbox(principal(worker))
			.stream()
			.map(row -> item(row, today, row.state() == EntryState.DRAFT ? Urgency.RETURNED : null))
			.toList();
		groups.add(Group.of("disclosure.work.inbox", 32, inbox, worker.limit(), "/console/disclosure/inbox"));
		Set<Long> drafting = worker.agenciesWith(Catalogue.DRAFTER.name());
		if (!drafting.isEmpty()) {
			Map<Long, Item> due = new LinkedHashMap<>();
			for (CatalogueSearch.Row row : search.timeliness(drafting, true, today, worker.limit() + 1)) {
				due.putIfAbsent(row.id(), item(row, today, Urgency.LATE));
			}
			for (CatalogueSearch.Row row : search.timeliness(drafting, false, today, worker.limit() + 1)) {
				due.putIfAbsent(row.id(), item(row, today, Urgency.SOON));
			}
			groups.add(Group.of("disclosure.work.due", 33, List.copyOf(due.values()), worker.limit(),
					"/console/disclosure/timeliness"));
		}
		groups.removeIf(group -> group.items().isEmpty());
		return groups;
	}

	private Item item(CatalogueSearch.Row row, LocalDate today, Urgency given) {
		Urgency urgency = given != null ? given
				: row.dueOn() != null && row.dueOn().isBefore(today) ? Urgency.LATE : Urgency.OK;
		String label = urgency == Urgency.RETURNED ? text("disclosure.work.returned")
				: text("disclosure.state." + row.state().name());
		return new Item(row.title(), row.agencyName(), "/console/disclosure/entries/" + row.id(), row.dueOn(), urgency,
				label);
	}

	/** The person as the inbox reads them: their grants, nothing else. */
	private static StaffPrincipal principal(Worker worker) {
		Set<RoleGrant> grants = new HashSet<>();
		worker.agenciesByRole().forEach((role, agencies) -> {
			for (long agency : agencies) {
				grants.add(new RoleGrant(Role.valueOf(role), agency));
			}
		});
		return new StaffPrincipal(worker.staffId(), worker.username(), worker.username(), null, true, false, grants);
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
