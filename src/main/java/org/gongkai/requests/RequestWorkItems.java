package org.gongkai.requests;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.agencies.Role;
import org.gongkai.calendar.Channel;
import org.gongkai.shared.CaseFigures;
import org.gongkai.shared.WorkItems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications in a staff member's work queue, by role: the registrar's submissions
 * to confirm and ordinary letters to register, the cases to accept (registrar, office
 * head), the handler's own cases by urgency (overdue, due soon, returned drafts), and the
 * drafts whose pending review level the reviewer holds. Also the figures a supervising
 * office reads per agency ({@link CaseFigures}). Each group is one limited query through
 * {@link RequestSearch}, or one over this module's own tables where the search has no
 * such list.
 */
@Component
class RequestWorkItems implements WorkItems, CaseFigures {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final Set<String> REVIEW_ROLES = Set.of(Role.REVIEWER.name(), Role.OFFICE_HEAD.name(),
			Role.SECTION_HEAD.name(), Role.LEADER.name());

	private final RequestSearch search;

	private final RequestDeadlines deadlines;

	private final RequestStatistics statistics;

	private final RequestStore store;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	RequestWorkItems(RequestSearch search, RequestDeadlines deadlines, RequestStatistics statistics, RequestStore store,
			JdbcClient jdbc, MessageSource messages) {
		this.search = search;
		this.deadlines = deadlines;
		this.statistics = statistics;
		this.store = store;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Group> groups(Worker worker) {
		List<Group> groups = new ArrayList<>();
		Set<Long> registrar = worker.agenciesWith(Role.REGISTRAR.name());
		if (!registrar.isEmpty()) {
			List<Item> submissions = new ArrayList<>();
			List<Item> letters = new ArrayList<>();
			for (RequestSearch.Row row : search.awaitingConfirmation(registrar, RequestSearch.MAX_PAGE)) {
				int waited = deadlines.confirmationWait(row.submittedOn(), worker.today());
				Item item = new Item(title(row), text("request.work.submitted", row.agencyName(), row.submittedOn()),
						caseLink(row), row.submittedOn(), waited > 0 ? Urgency.SOON : Urgency.OK,
						text("request.status.SUBMITTED"));
				(row.channel() == Channel.ORDINARY_LETTER ? letters : submissions).add(item);
			}
			add(groups, Group.of("request.work.confirm", 10, submissions, worker.limit(),
					"/console/requests?status=SUBMITTED"));
			add(groups, Group.of("request.work.letters", 11, letters, worker.limit(),
					"/console/requests?status=SUBMITTED"));
		}
		Set<Long> assigning = union(worker, Role.REGISTRAR.name(), Role.OFFICE_HEAD.name());
		if (!assigning.isEmpty()) {
			List<Item> toAccept = rows(new RequestSearch.Filter(assigning, List.of(RequestStatus.RECEIVED), null, null,
					null, null, null, null, null, worker.limit() + 1), worker.today(), Set.of());
			add(groups,
					Group.of("request.work.accept", 12, toAccept, worker.limit(), "/console/requests?status=RECEIVED"));
		}
		Set<Long> heads = worker.agenciesWith(Role.OFFICE_HEAD.name());
		if (!heads.isEmpty()) {
			List<Item> extensions = items(search.extensionsAwaiting(heads, worker.staffId(), worker.limit() + 1),
					worker.today(), Set.of())
				.stream()
				.map(item -> new Item(item.title(), item.detail(), item.link(), item.due(), item.urgency(),
						text("request.work.extensionRequested")))
				.toList();
			add(groups,
					Group.of("request.work.extensions", 13, extensions, worker.limit(), "/console/requests/deadlines"));
		}
		Set<Long> handling = worker.agenciesWith(Role.HANDLER.name());
		if (!handling.isEmpty()) {
			groups.add(handlerGroup(worker, handling));
		}
		Set<Long> reviewing = union(worker, REVIEW_ROLES.toArray(String[]::new));
		if (!reviewing.isEmpty()) {
			add(groups, reviewGroup(worker, reviewing));
		}
		groups.removeIf(group -> group.items().isEmpty());
		return groups;
	}

	private Group handlerGroup(Worker worker, Set<Long> agencies) {
		LocalDate today = worker.today();
		Set<Long> returned = new HashSet<>(jdbc.sql("""
				select r.id from information_request r
				 where r.handler_id = :me and r.agency_id in (:agencies) and r.status = 'IN_HANDLING'
				   and exists (select 1 from request_review v where v.request_id = r.id and v.round_no = r.round
				               and v.draft_no = r.draft_no and v.approved = false)
				""").param("me", worker.staffId()).param("agencies", agencies).query(Long.class).list());
		List<RequestSearch.Row> found = new ArrayList<>(search.runningDue(agencies, worker.staffId(), null,
				LocalDate.of(9999, 12, 31), today, RequestSearch.MAX_PAGE));
		found.addAll(search.paused(agencies, worker.staffId(), today, worker.limit() + 1));
		// A draft in review waits for the reviewers, not for the handler.
		found.removeIf(row -> row.status() == RequestStatus.IN_REVIEW);
		return Group.of("request.work.handle", 20, items(found, today, returned), worker.limit(),
				"/console/requests/deadlines");
	}

	private record InReview(long id, String chain, Long draftedBy, long approved) {
	}

	private Group reviewGroup(Worker worker, Set<Long> agencies) {
		List<InReview> inReview = jdbc.sql("""
				select r.id, r.review_chain, r.drafted_by,
				       (select count(*) from request_review v where v.request_id = r.id and v.round_no = r.round
				         and v.draft_no = r.draft_no and v.approved = true) as approved
				  from information_request r
				 where r.agency_id in (:agencies) and r.status = 'IN_REVIEW'
				 order by r.due_index, r.id
				""")
			.param("agencies", agencies)
			.query((rs, n) -> new InReview(rs.getLong("id"), rs.getString("review_chain"),
					rs.getObject("drafted_by", Long.class), rs.getLong("approved")))
			.list();
		Map<Long, InReview> byId = new LinkedHashMap<>();
		inReview.forEach(row -> byId.put(row.id(), row));
		List<RequestSearch.Row> rows = search
			.search(new RequestSearch.Filter(agencies, List.of(RequestStatus.IN_REVIEW), null, null, null, null, null,
					null, null, RequestSearch.MAX_PAGE))
			.rows()
			.stream()
			.filter(row -> reviewsNow(worker, row.agencyId(), byId.get(row.id())))
			.toList();
		return Group.of("request.work.review", 30, items(rows, worker.today(), Set.of()), worker.limit(),
				"/console/requests?status=IN_REVIEW");
	}

	/** Whether the worker holds the pending level's role and did not write the draft. */
	private static boolean reviewsNow(Worker worker, long agencyId, InReview draft) {
		if (draft == null || draft.chain() == null || draft.chain().isBlank()
				|| Long.valueOf(worker.staffId()).equals(draft.draftedBy())) {
			return false;
		}
		List<String> chain = Arrays.asList(draft.chain().split(","));
		int level = (int) draft.approved() + 1;
		return level <= chain.size() && worker.agenciesWith(chain.get(level - 1)).contains(agencyId);
	}

	private List<Item> rows(RequestSearch.Filter filter, LocalDate today, Set<Long> returned) {
		return items(search.search(filter).rows(), today, returned);
	}

	private List<Item> items(List<RequestSearch.Row> rows, LocalDate today, Set<Long> returned) {
		Map<Long, Item> items = new LinkedHashMap<>();
		for (RequestSearch.Row row : rows) {
			DeadlineStatus.Badge badge = deadlines.listBadge(row, today);
			Urgency urgency = switch (badge) {
				case LATE -> Urgency.LATE;
				case SOON -> Urgency.SOON;
				case PAUSED -> Urgency.PAUSED;
				case OK -> returned.contains(row.id()) ? Urgency.RETURNED : Urgency.OK;
				default -> Urgency.NONE;
			};
			// the badge says what makes the item urgent, as the lists' badges do: late or
			// paused before the status; a paused clock has no due day to show
			String label = returned.contains(row.id()) ? text("request.work.returned")
					: badge == DeadlineStatus.Badge.LATE || badge == DeadlineStatus.Badge.PAUSED
							? text("request.badge." + badge.name()) : text("request.status." + row.status().name());
			String detail = row.dueIndex() == null || badge == DeadlineStatus.Badge.PAUSED ? row.agencyName()
					: text("request.work.due", row.agencyName(), row.dueIndex());
			items.putIfAbsent(row.id(), new Item(title(row), detail, caseLink(row),
					row.pausedOn(today) ? null : row.dueIndex(), urgency, label));
		}
		return List.copyOf(items.values());
	}

	private static String title(RequestSearch.Row row) {
		return row.trackingCode() + " " + row.infoTitle();
	}

	private static String caseLink(RequestSearch.Row row) {
		return "/console/requests/" + row.id();
	}

	private static Set<Long> union(Worker worker, String... roles) {
		Set<Long> agencies = new HashSet<>();
		for (String role : roles) {
			agencies.addAll(worker.agenciesWith(role));
		}
		return agencies;
	}

	private static void add(List<Group> groups, Group group) {
		if (!group.items().isEmpty()) {
			groups.add(group);
		}
	}

	private String text(String key, Object... args) {
		Object[] shown = Arrays.stream(args).map(arg -> arg instanceof LocalDate day ? DAY.format(day) : arg).toArray();
		return messages.getMessage(key, shown, LocaleContextHolder.getLocale());
	}

	/** The cases an agency closed in a year and how many of them on time. */
	private record Closed(long agencyId, long closed, long onTime, long unknown) {
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Figures> forYear(Collection<Long> agencies, int year, LocalDate today) {
		Map<Long, Figures> figures = new LinkedHashMap<>();
		Map<Long, Closed> closed = closedInYear(agencies, year, today);
		for (long agency : agencies) {
			long received = statistics.forYear(agency, year).row("newlyReceived").total();
			Closed counted = closed.getOrDefault(agency, new Closed(agency, 0, 0, 0));
			long overdue = search.countOverdue(Set.of(agency), today);
			long paused = search.paused(Set.of(agency), null, today, RequestSearch.MAX_PAGE).size();
			figures.put(agency, new Figures(received, counted.closed(), counted.onTime(), overdue, paused));
		}
		return figures;
	}

	/**
	 * The cases each agency disposed of in {@code year} and those disposed of by their
	 * reply due date, counted in one query over {@code closed_in_time}; a case disposed
	 * before that column existed and not yet recorded by the daily sweep
	 * ({@link RequestSweep#recordClosedInTime}) is read case by case.
	 */
	Map<Long, Closed> closedInYear(Collection<Long> agencies, int year, LocalDate today) {
		Map<Long, Closed> closed = new HashMap<>();
		if (agencies.isEmpty()) {
			return closed;
		}
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		jdbc.sql("""
				select agency_id, count(*) as closed,
				       sum(case when closed_in_time = true then 1 else 0 end) as on_time,
				       sum(case when closed_in_time is null then 1 else 0 end) as not_read
				  from information_request
				 where agency_id in (:agencies) and closed_on >= :first and closed_on <= :last
				   and status in ('ANSWERED', 'CLOSED', 'ARCHIVED')
				 group by agency_id
				""")
			.param("agencies", agencies)
			.param("first", first)
			.param("last", last)
			.query((rs, n) -> new Closed(rs.getLong("agency_id"), rs.getLong("closed"), rs.getLong("on_time"),
					rs.getLong("not_read")))
			.list()
			.forEach(row -> closed.put(row.agencyId(), row));
		if (closed.values().stream().anyMatch(row -> row.unknown() > 0)) {
			jdbc.sql("""
					select id from information_request
					 where agency_id in (:agencies) and closed_on >= :first and closed_on <= :last
					   and status in ('ANSWERED', 'CLOSED', 'ARCHIVED') and closed_in_time is null
					""")
				.param("agencies", agencies)
				.param("first", first)
				.param("last", last)
				.query(Long.class)
				.list()
				.stream()
				.map(store::load)
				.filter(request -> Boolean.TRUE.equals(deadlines.read(request, today).inTime()))
				.forEach(request -> closed.computeIfPresent(request.getAgencyId(),
						(agency, row) -> new Closed(agency, row.closed(), row.onTime() + 1, row.unknown())));
		}
		return closed;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> overdue(Collection<Long> agencies, LocalDate today) {
		Map<Long, Long> overdue = new HashMap<>();
		for (long agency : agencies) {
			overdue.put(agency, search.countOverdue(Set.of(agency), today));
		}
		return overdue;
	}

}
