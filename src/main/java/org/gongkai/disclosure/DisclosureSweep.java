package org.gongkai.disclosure;

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
import org.gongkai.shared.Rows;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's scheduled work: publishing the entries whose publication time has come
 * (every minute), and the daily sweep that rewrites the Article 26 date of open entries
 * (a newly loaded holiday calendar can move it) and emails reminders to the drafter at
 * the configured lead times, and to the signing leaders too once an entry is late. Each
 * job runs on one instance under its ShedLock lock; each reminder is claimed by inserting
 * its row before sending, so that overlapping sweeps send it once.
 */
@Service
public class DisclosureSweep {

	private static final Logger log = LoggerFactory.getLogger(DisclosureSweep.class);

	private final Catalogue catalogue;

	private final JdbcClient jdbc;

	private final PublicationClock publicationClock;

	private final StaffMembers staffMembers;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final DisclosureProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DisclosureSweep(Catalogue catalogue, JdbcClient jdbc, PublicationClock publicationClock, StaffMembers staffMembers,
			ObjectProvider<JavaMailSender> mailSender, MessageSource messages, DisclosureProperties properties,
			Clock clock, PlatformTransactionManager transactions) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.publicationClock = publicationClock;
		this.staffMembers = staffMembers;
		this.mailSender = mailSender;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Publishes the scheduled entries that are due, on one instance at a time. */
	@SchedulerLock(name = "disclosure.publication", lockAtMostFor = "PT5M")
	public Optional<Integer> publishScheduled() {
		int published = catalogue.publishDue();
		if (published > 0) {
			log.info("Published {} scheduled catalogue entries", published);
		}
		return Optional.of(published);
	}

	/** The daily sweep, on one instance a day. */
	@SchedulerLock(name = "disclosure.sweep", lockAtLeastFor = "PT1H", lockAtMostFor = "PT6H")
	public Optional<Integer> runScheduled() {
		return Optional.of(run());
	}

	/**
	 * Refreshes the Article 26 dates and sends today's reminders; returns how many went
	 * out.
	 */
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
					select id, formed_on, due_on from disclosure_entry
					where state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED') and id > :after order by id limit 500""")
				.param("after", after)
				.query((rs, row) -> new Open(rs.getLong(1), rs.getObject(2, LocalDate.class),
						rs.getObject(3, LocalDate.class)))
				.list();
			if (open.isEmpty()) {
				return changed;
			}
			for (Open entry : open) {
				LocalDate due = publicationClock.due(entry.formedOn());
				if (!due.equals(entry.dueOn())) {
					changed += jdbc.sql("update disclosure_entry set due_on = :due where id = :id")
						.param("due", due)
						.param("id", entry.id())
						.update();
				}
			}
			after = open.get(open.size() - 1).id();
		}
	}

	int sendReminders(LocalDate today) {
		int maxLead = properties.reminders().leadDays().stream().max(Comparator.naturalOrder()).orElse(0);
		List<Due> due = jdbc.sql("""
				select id, agency_id, index_number, title, formed_on, drafted_by from disclosure_entry
				where state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED') and due_on <= :horizon order by due_on, id""")
			.param("horizon", today.plusDays(maxLead * 3L + 14))
			.query(Rows.of(Due.class))
			.list();
		int sent = 0;
		List<Staff> staff = null;
		for (Due entry : due) {
			PublicationClock.Reading reading = publicationClock.read(entry.formedOn(), today);
			String kind = kind(reading);
			if (kind == null) {
				continue;
			}
			if (staff == null) {
				staff = staffMembers.findAll();
			}
			List<String> recipients = recipients(entry, reading.overdue(), staff);
			if (recipients.isEmpty() || !claim(entry.id(), kind, recipients)) {
				continue;
			}
			String subject = text(reading.overdue() ? "disclosure.mail.overdue.subject" : "disclosure.mail.subject",
					entry.indexNumber(), reading.due(), reading.workingDaysLeft());
			String body = text("disclosure.mail.body", entry.indexNumber(), entry.title(), reading.due(),
					reading.workingDaysLeft(),
					properties.publicBaseUrl() + "/console/disclosure/entries/" + entry.id());
			if (send(recipients, subject, body)) {
				sent++;
			}
			else {
				transaction.executeWithoutResult(
						status -> jdbc.sql("delete from disclosure_reminder where entry_id = :id and kind = :kind")
							.param("id", entry.id())
							.param("kind", kind)
							.update());
			}
		}
		return sent;
	}

	private String kind(PublicationClock.Reading reading) {
		return ReminderKinds.of(reading.overdue(), reading.workingDaysLeft(), reading.due(),
				properties.reminders().leadDays(), properties.reminders().overdue());
	}

	private boolean claim(long entryId, String kind, List<String> recipients) {
		return ReminderClaims.claim(transaction, jdbc.sql("""
				insert into disclosure_reminder (entry_id, kind, sent_at, recipients) values (:id, :kind, :at, :to)
				""").param("id", entryId).param("kind", kind), clock.instant(), recipients);
	}

	private static List<String> recipients(Due entry, boolean overdue, List<Staff> staff) {
		Set<String> to = new LinkedHashSet<>();
		staff.stream()
			.filter(member -> member.getId() == entry.draftedBy() && member.isEnabled())
			.map(Staff::getEmail)
			.filter(Objects::nonNull)
			.forEach(to::add);
		if (overdue || to.isEmpty()) {
			staff.stream()
				.filter(member -> member.isEnabled()
						&& member.grants().contains(new RoleGrant(Role.LEADER, entry.agencyId())))
				.map(Staff::getEmail)
				.filter(Objects::nonNull)
				.forEach(to::add);
		}
		return new ArrayList<>(to);
	}

	private boolean send(List<String> to, String subject, String body) {
		return Mail.send(mailSender, properties.mailFrom(), to, subject, body);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	private record Open(long id, LocalDate formedOn, LocalDate dueOn) {
	}

	record Due(long id, long agencyId, String indexNumber, String title, LocalDate formedOn, long draftedBy) {
	}

}
