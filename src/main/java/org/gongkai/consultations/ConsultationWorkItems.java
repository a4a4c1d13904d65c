package org.gongkai.consultations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.shared.WorkItems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions in a handler's work queue: the unanswered questions of the agencies where
 * they answer ({@link Consultations#ANSWERING}), overdue and due soon first, read through
 * {@link ConsultationSearch} (three limited queries: overdue, due soon, the newest open).
 */
@Component
class ConsultationWorkItems implements WorkItems {

	private final ConsultationSearch search;

	private final MessageSource messages;

	ConsultationWorkItems(ConsultationSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Group> groups(Worker worker) {
		Set<Long> agencies = worker.agenciesWith(Consultations.ANSWERING.name());
		if (agencies.isEmpty()) {
			return List.of();
		}
		LocalDate today = worker.today();
		int limit = worker.limit() + 1;
		List<ConsultationSearch.Row> dueSoon = search.timeliness(agencies, false, today, limit);
		Set<Long> soon = new HashSet<>();
		dueSoon.forEach(row -> soon.add(row.id()));
		List<ConsultationSearch.Row> rows = new ArrayList<>(search.timeliness(agencies, true, today, limit));
		rows.addAll(dueSoon);
		rows.addAll(search
			.search(new ConsultationSearch.Filter(agencies, null, null, ConsultationSearch.State.OPEN, null, null, null,
					limit))
			.rows());
		Map<Long, Item> items = new LinkedHashMap<>();
		for (ConsultationSearch.Row row : rows) {
			Urgency urgency = row.dueOn().isBefore(today) ? Urgency.LATE
					: soon.contains(row.id()) ? Urgency.SOON : Urgency.OK;
			String type = text("consultation.type." + row.type().name());
			items.putIfAbsent(row.id(),
					new Item(row.title(), text("consultation.work.detail", row.agencyName(), type),
							"/console/consultations/" + row.id(), row.dueOn(), urgency,
							text(urgency == Urgency.LATE ? "consultation.work.late" : "consultation.work.open")));
		}
		Group group = Group.of("consultation.work.answer", 25, List.copyOf(items.values()), worker.limit(),
				"/console/consultations/timeliness");
		return group.items().isEmpty() ? List.of() : List.of(group);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
