package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.shared.ReminderClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily work on open applications: refreshes the indexed due date (a paused clock
 * moves every day, and a newly loaded holiday calendar can move any date), drops old
 * tracking failures and emails reminders to handlers at the configured lead times and
 * when a case is overdue. The scheduler calls {@link #runScheduled()}, which runs on one
 * instance a day; should two sweeps still overlap (a manual run, a lock that expired),
 * each reminder is claimed by inserting its row before sending, and a duplicate key means
 * another sweep sent it.
 */
@Service
public class RequestSweep {

	private static final Logger log = LoggerFactory.getLogger(RequestSweep.class);

	/** What one sweep did. */
	public record Result(int refreshed, int remindersSent, int failuresPurged) {
	}

	private final JdbcClient jdbc;

	private final InformationRequests requests;

	private final RequestDeadlines requestDeadlines;

	private final StaffMembers staffMembers;

	private final RequestMails mails;

	private final ApplicantTracking tracking;

	private final RequestsProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	RequestSweep(JdbcClient jdbc, InformationRequests requests, RequestDeadlines requestDeadlines,
			StaffMembers staffMembers, RequestMails mails, ApplicantTracking tracking, RequestsProperties properties,
			Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.requestDeadlines = requestDeadlines;
		this.staffMembers = staffMembers;
		this.mails = mails;
		this.tracking = tracking;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The scheduled sweep: runs it unless another instance started one less than an hour
	 * ago (ShedLock's lock {@code requests.sweep}), so that timers firing minutes apart
	 * on several instances sweep once.
	 * @return what the sweep did, or empty if it ran elsewhere
	 */
	@SchedulerLock(name = "requests.sweep", lockAtLeastFor = "PT1H", lockAtMostFor = "PT6H")
	public Optional<Result> runScheduled() {
		return Optional.of(run());
	}

	/** Runs the whole sweep for today. */
	public Result run() {
		LocalDate today = LocalDate.now(clock);
		int refreshed = refreshDueIndex(today);
		int recorded = recordClosedInTime(today);
		int sent = properties.reminders().enabled() ? sendReminders(today) : 0;
		Integer purged = transaction.execute(status -> tracking.purgeOldFailures());
		log.info("Requests sweep {}: {} due dates refreshed, {} closed on time or not recorded, {} reminders sent,"
				+ " {} tracking failures purged", today, refreshed, recorded, sent, purged);
		return new Result(refreshed, sent, purged == null ? 0 : purged);
	}

	/**
	 * Rewrites the indexed due date and pause end of every open application whose clock
	 * differs from the index. Written by SQL without touching the version, so that a
	 * staff member's open form does not turn stale because a day passed.
	 */
	int refreshDueIndex(LocalDate today) {
		return eachBatch("status in ('RECEIVED', 'AWAITING_CORRECTION', 'IN_HANDLING', 'IN_REVIEW', 'APPROVED')",
				request -> {
					LocalDate due = requestDeadlines.dueIndex(request, today);
					LocalDate pauseEnds = requestDeadlines.pauseIndex(request, today);
					if (Objects.equals(due, request.getDueIndex())
							&& Objects.equals(pauseEnds, request.getPauseIndex())) {
						return 0;
					}
					return jdbc
						.sql("update information_request set due_index = :due, pause_index = :pause where id = :id")
						.param("due", due)
						.param("pause", pauseEnds)
						.param("id", request.getId())
						.update();
				});
	}

	/**
	 * Records whether each disposed application was disposed of by its reply due date
	 * where that is not recorded yet (those disposed before the column existed), so that
	 * the 督办 figures count them in their one query instead of reading each case. Written
	 * by SQL, as the due index is, without touching the version.
	 */
	int recordClosedInTime(LocalDate today) {
		return eachBatch("status in ('ANSWERED', 'CLOSED', 'ARCHIVED') and closed_in_time is null", request -> {
			Boolean inTime = requestDeadlines.read(request, today).inTime();
			return inTime == null ? 0 : jdbc.sql(
					"update information_request set closed_in_time = :inTime where id = :id and closed_in_time is null")
				.param("inTime", inTime)
				.param("id", request.getId())
				.update();
		});
	}

	/**
	 * Applies {@code step} to every application matching {@code condition} (a fixed SQL
	 * condition of this class), 500 at a time in id order; the rows {@code step} updated.
	 */
	private int eachBatch(String condition, ToIntFunction<InformationRequest> step) {
		int updated = 0;
		long after = 0;
		while (true) {
			List<Long> ids = jdbc
				.sql("select id from information_request where " + condition + " and id > :after order by id limit 500")
				.param("after", after)
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return updated;
			}
			for (InformationRequest request : requests.findAllById(ids)) {
				updated += step.applyAsInt(request);
			}
			after = ids.get(ids.size() - 1);
		}
	}

	/** Sends the reminders due today; returns how many this instance sent. */
	int sendReminders(LocalDate today) {
		int maxLead = properties.reminders().leadDays().stream().max(Comparator.naturalOrder()).orElse(0);
		LocalDate horizon = requestDeadlines.addWorkingDays(today, maxLead);
		List<Long> ids = jdbc.sql("""
				select id from information_request
				where status in ('RECEIVED', 'IN_HANDLING', 'IN_REVIEW', 'APPROVED') and due_index <= :horizon
				order by due_index, id
				""").param("horizon", horizon).query(Long.class).list();
		int sent = 0;
		// Every account with its roles, read once per sweep (and only if a reminder is
		// due), not once per case.
		List<Staff> staff = null;
		for (InformationRequest request : requests.findAllById(ids)) {
			DeadlineStatus deadlineStatus = requestDeadlines.read(request, today);
			if (deadlineStatus.replyDue() == null || deadlineStatus.paused()) {
				continue;
			}
			String kind = kind(deadlineStatus.overdue(), deadlineStatus.workingDaysLeft(), deadlineStatus.replyDue());
			if (kind == null) {
				continue;
			}
			if (staff == null) {
				staff = staffMembers.findAll();
			}
			List<String> recipients = recipients(request, deadlineStatus.overdue(), staff);
			if (recipients.isEmpty() || !claim(request.getId(), kind, recipients)) {
				continue;
			}
			// Larger lead times already passed count as done, so a case first seen two
			// days before due gets one email.
			for (int lead : properties.reminders().leadDays()) {
				if (deadlineStatus.workingDaysLeft() <= lead
						&& !kind.equals(leadKind(lead, deadlineStatus.replyDue()))) {
					claim(request.getId(), leadKind(lead, deadlineStatus.replyDue()), List.of());
				}
			}
			String subject = mails.text(
					deadlineStatus.overdue() ? "mail.reminder.overdue.subject" : "mail.reminder.subject",
					request.getTrackingCode(), deadlineStatus.replyDue(), deadlineStatus.workingDaysLeft());
			String body = mails.text("mail.reminder.body", request.getTrackingCode(), request.getSought().title(),
					deadlineStatus.replyDue(), deadlineStatus.workingDaysLeft(),
					properties.publicBaseUrl() + "/console/requests/" + request.getId());
			if (mails.send(recipients, subject, body)) {
				sent++;
			}
			else {
				// Not delivered: give the claim back so that the next sweep, here or
				// elsewhere, tries again.
				transaction.executeWithoutResult(
						status -> jdbc.sql("delete from request_reminder where request_id = :id and kind = :kind")
							.param("id", request.getId())
							.param("kind", kind)
							.update());
			}
		}
		return sent;
	}

	/**
	 * The reminder a case gets today: the smallest lead time reached, or overdue;
	 * {@code null} for none.
	 */
	private String kind(boolean overdue, int left, LocalDate due) {
		if (overdue) {
			return properties.reminders().overdue() ? "overdue:" + due : null;
		}
		return properties.reminders()
			.leadDays()
			.stream()
			.filter(lead -> left <= lead)
			.min(Comparator.naturalOrder())
			.map(lead -> leadKind(lead, due))
			.orElse(null);
	}

	private static String leadKind(int lead, LocalDate due) {
		return "lead" + lead + ":" + due;
	}

	/**
	 * Inserts the reminder's row in its own transaction; {@code false} if it was already
	 * there.
	 */
	private boolean claim(long requestId, String kind, List<String> recipients) {
		return ReminderClaims.claim(transaction, jdbc.sql("""
				insert into request_reminder (request_id, kind, sent_at, recipients)
				values (:id, :kind, :at, :to)
				""").param("id", requestId).param("kind", kind), clock.instant(), recipients);
	}

	/**
	 * The handler, or the registrars while none is assigned; the office heads too once
	 * overdue.
	 */
	private static List<String> recipients(InformationRequest request, boolean overdue, List<Staff> staff) {
		Set<String> to = new LinkedHashSet<>();
		if (request.getHandlerId() != null) {
			staff.stream()
				.filter(member -> member.getId().equals(request.getHandlerId()))
				.map(Staff::getEmail)
				.filter(Objects::nonNull)
				.forEach(to::add);
		}
		if (to.isEmpty()) {
			to.addAll(emailsOf(staff, Role.REGISTRAR, request.getAgencyId()));
		}
		if (overdue) {
			to.addAll(emailsOf(staff, Role.OFFICE_HEAD, request.getAgencyId()));
		}
		return new ArrayList<>(to);
	}

	private static List<String> emailsOf(List<Staff> staff, Role role, long agencyId) {
		return staff.stream()
			.filter(member -> member.isEnabled() && member.grants().contains(new RoleGrant(role, agencyId)))
			.map(Staff::getEmail)
			.filter(Objects::nonNull)
			.toList();
	}

}
