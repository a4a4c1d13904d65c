package org.gongkai.appeals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.shared.WorkItems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appeals in a staff member's work queue: pending 行政复议 and 行政诉讼 cases of the agencies
 * where they record case steps ({@link AppealHandling#ENTRY_ROLES}) whose 答复/答辩 is not
 * yet on file, by the term of {@link AppealTerms} (late, due soon, then the rest). One
 * limited query through {@link AppealSearch}.
 */
@Component
class AppealWorkItems implements WorkItems {

	private static final int PENDING_READ = 200;

	private final AppealSearch search;

	private final AppealTerms terms;

	private final MessageSource messages;

	AppealWorkItems(AppealSearch search, AppealTerms terms, MessageSource messages) {
		this.search = search;
		this.terms = terms;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Group> groups(Worker worker) {
		Set<Long> agencies = new HashSet<>();
		AppealHandling.ENTRY_ROLES.forEach(role -> agencies.addAll(worker.agenciesWith(role.name())));
		if (agencies.isEmpty()) {
			return List.of();
		}
		List<Item> items = search
			.search(new AppealSearch.Filter(agencies, null, AppealResult.PENDING, null, null, null, false, null,
					PENDING_READ))
			.rows()
			.stream()
			.filter(row -> !row.answered())
			.map(this::item)
			.toList();
		Group group = Group.of("appeal.work.answer", 27, items, worker.limit(), "/console/appeals");
		return group.items().isEmpty() ? List.of() : List.of(group);
	}

	private Item item(AppealSearch.Row row) {
		AppealTerms.Term term = terms.of(row);
		Urgency urgency = term == null ? Urgency.NONE : switch (term.status()) {
			case LATE -> Urgency.LATE;
			case SOON -> Urgency.SOON;
			case OK -> Urgency.OK;
			case DONE -> Urgency.NONE;
		};
		String kind = text("appeal.kind." + row.kind().name());
		String title = row.caseNumber() == null || row.caseNumber().isBlank() ? kind : kind + " " + row.caseNumber();
		return new Item(title, text("appeal.work.detail", row.agencyName(), row.body()), "/console/appeals/" + row.id(),
				term == null ? null : term.due(), urgency,
				text(term == null ? "appeal.work.unnotified" : "appeal.work.toAnswer"));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
