package org.gongkai.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.shared.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gongkai.shared.ReminderClaims;
import org.gongkai.shared.ReminderKinds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's daily sweep: it rewrites the due date kept for the lists of open questions
 * (a newly loaded holiday calendar or a changed term can move it) and emails reminders to
 * the handlers of the question's agency at the configured lead times, and once a question
 * is late. It runs on one instance under its ShedLock lock; each reminder is claimed by
 * inserting its row before sending, so overlapping sweeps send it once.
 */
@Service
public class ConsultationSweep {

	private static final Logger log = LoggerFactory.getLogger(ConsultationSweep.class);

	private final JdbcClient jdbc;

	private final AnswerTerms terms;

	private final StaffMembers staffMembers;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final ConsultationsProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ConsultationSweep(JdbcClient jdbc, AnswerTerms terms, StaffMembers staffMembers,
			ObjectProvider<JavaMailSender> mailSender, MessageSource messages, ConsultationsProperties properties,
			Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.terms = terms;
		this.staffMembers = staffMembers;
		this.mailSender = mailSender;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The daily sweep, on one instance a day. */
	@SchedulerLock(name = "consultations.sweep", lockAtLeastFor = "PT1H", lockAtMostFor = "PT6H")
	public Optional<Integer> runScheduled() {
		return Optional.of(run());
	}

	/** Refreshes the due dates and sends today's reminders; returns how many went out. */
	public int run() {
		LocalDate today = LocalDate.now(clock);
		refreshDueDates();
		return properties.reminders().enabled() ? sendReminders(today) : 0;
	}

	int refreshDueDates() {
		int changed = 0;
		long after = 0;
		while (true) {
			List<Open> open = jdbc.sql("""
					select id, question_type, received_on, due_on from consultation_question
					where answered_on is null and id > :after order by id limit 500""")
				.param("after", after)
				.query((rs, row) -> new Open(rs.getLong(1), QuestionType.valueOf(rs.getString(2)),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
				.list();
			if (open.isEmpty()) {
				return changed;
			}
			for (Open question : open) {
				LocalDate due = terms.due(question.type(), question.receivedOn());
				if (!due.equals(question.dueOn())) {
					changed += jdbc.sql("update consultation_question set due_on = :due where id = :id")
						.param("due", due)
						.param("id", question.id())
						.update();
				}
			}
			after = open.get(open.size() - 1).id();
		}
	}

	int sendReminders(LocalDate today) {
		int maxLead = properties.reminders().leadDays().stream().max(Comparator.naturalOrder()).orElse(0);
		List<Due> due = jdbc.sql("""
				select id, agency_id, question_type, title, received_on from consultation_question
				where answered_on is null and due_on <= :horizon order by due_on, id""")
			.param("horizon", today.plusDays(maxLead * 3L + 14))
			.query((rs, row) -> new Due(rs.getLong(1), rs.getLong(2), QuestionType.valueOf(rs.getString(3)),
					rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
		int sent = 0;
		List<Staff> staff = null;
		for (Due question : due) {
			AnswerTerms.Reading reading = terms.read(question.type(), question.receivedOn(), today);
			String kind = kind(reading);
			if (kind == null) {
				continue;
			}
			if (staff == null) {
				staff = staffMembers.findAll();
			}
			List<String> recipients = recipients(question.agencyId(), reading.overdue(), staff);
			if (recipients.isEmpty() || !claim(question.id(), kind, recipients)) {
				continue;
			}
			String subject = text(reading.overdue() ? "consultation.mail.overdue.subject" : "consultation.mail.subject",
					question.id(), reading.due(), reading.workingDaysLeft());
			String body = text("consultation.mail.body", question.id(), question.title(), reading.due(),
					reading.workingDaysLeft(), properties.publicBaseUrl() + "/console/consultations/" + question.id());
			if (Mail.send(mailSender, properties.mailFrom(), recipients, subject, body)) {
				sent++;
			}
			else {
				transaction.executeWithoutResult(
						status -> jdbc.sql("delete from consultation_reminder where question_id = :id and kind = :kind")
							.param("id", question.id())
							.param("kind", kind)
							.update());
			}
		}
		if (sent > 0) {
			log.info("Sent {} consultation reminders", sent);
		}
		return sent;
	}

	private String kind(AnswerTerms.Reading reading) {
		return ReminderKinds.of(reading.overdue(), reading.workingDaysLeft(), reading.due(),
				properties.reminders().leadDays(), properties.reminders().overdue());
	}

	private boolean claim(long questionId, String kind, List<String> recipients) {
		return ReminderClaims.claim(transaction, jdbc.sql("""
				insert into consultation_reminder (question_id, kind, sent_at, recipients)
				values (:id, :kind, :at, :to)""").param("id", questionId).param("kind", kind), clock.instant(),
				recipients);
	}

	/**
	 * The handlers of the agency; once late also its office head (公开办负责人), and the
	 * registrars when the agency has no handler.
	 */
	private static List<String> recipients(long agencyId, boolean overdue, List<Staff> staff) {
		Set<String> to = new LinkedHashSet<>();
		addHolders(to, staff, Role.HANDLER, agencyId);
		if (to.isEmpty()) {
			addHolders(to, staff, Role.REGISTRAR, agencyId);
		}
		if (overdue) {
			addHolders(to, staff, Role.OFFICE_HEAD, agencyId);
		}
		return new ArrayList<>(to);
	}

	private static void addHolders(Set<String> to, List<Staff> staff, Role role, long agencyId) {
		staff.stream()
			.filter(member -> member.isEnabled() && member.grants().contains(new RoleGrant(role, agencyId)))
			.map(Staff::getEmail)
			.filter(Objects::nonNull)
			.forEach(to::add);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	private record Open(long id, QuestionType type, LocalDate receivedOn, LocalDate dueOn) {
	}

	private record Due(long id, long agencyId, QuestionType type, String title, LocalDate receivedOn) {
	}

}
