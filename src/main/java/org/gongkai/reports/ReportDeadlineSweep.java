package org.gongkai.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.shared.Mail;
import org.gongkai.shared.ReminderClaims;
import org.gongkai.shared.ReminderKinds;
import org.gongkai.shared.Zones;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily sweep of the annual report's deadline (Article 49 of the Regulations: by 31
 * January, or the region's own day): every agency without a published report of last year
 * is reminded by email at the configured days before its deadline, and once when it is
 * past. It runs on one instance under its ShedLock lock; each reminder is claimed by
 * inserting its row (agency, year, kind) before sending, so overlapping sweeps send it
 * once.
 */
@Service
public class ReportDeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(ReportDeadlineSweep.class);

	private final JdbcClient jdbc;

	private final AnnualReports reports;

	private final ReportSupervision supervision;

	private final Agencies agencies;

	private final StaffMembers staffMembers;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final ReportRemindersProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ReportDeadlineSweep(JdbcClient jdbc, AnnualReports reports, ReportSupervision supervision, Agencies agencies,
			StaffMembers staffMembers, ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
			ReportRemindersProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.supervision = supervision;
		this.agencies = agencies;
		this.staffMembers = staffMembers;
		this.mailSender = mailSender;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The daily sweep, on one instance a day. */
	@SchedulerLock(name = "reports.deadline-sweep", lockAtLeastFor = "PT1H", lockAtMostFor = "PT6H")
	public Optional<Integer> runScheduled() {
		return Optional.of(run());
	}

	/** Sends today's reminders of last year's reports; returns how many went out. */
	public int run() {
		if (!this.properties.enabled()) {
			return 0;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Zones.BEIJING);
		return sendReminders(today.getYear() - 1, today);
	}

	/**
	 * The reminder kind due today for a report whose deadline is {@code deadline}, or
	 * {@code null}: the lead of {@link ReminderKinds} counted in calendar days.
	 */
	String kind(LocalDate deadline, LocalDate today) {
		long daysLeft = ChronoUnit.DAYS.between(today, deadline);
		return ReminderKinds.of(today.isAfter(deadline), (int) Math.max(daysLeft, 0), deadline,
				this.properties.leadDays(), this.properties.overdue());
	}

	int sendReminders(int year, LocalDate today) {
		int sent = 0;
		List<Staff> staff = null;
		for (Agency agency : this.agencies.findAll()) {
			if (agency.getKind() != AgencyKind.AGENCY) {
				continue;
			}
			LocalDate deadline = this.supervision.deadline(agency.getId(), year);
			String kind = kind(deadline, today);
			if (kind == null || this.reports.published(agency.getId(), year).isPresent()) {
				continue;
			}
			if (staff == null) {
				staff = this.staffMembers.findAll();
			}
			boolean overdue = today.isAfter(deadline);
			List<String> recipients = recipients(agency.getId(), staff);
			if (recipients.isEmpty() || !claim(agency.getId(), year, kind, recipients)) {
				continue;
			}
			String subject = text(overdue ? "annual.mail.overdue.subject" : "annual.mail.subject", agency.getName(),
					String.valueOf(year), deadline);
			String body = text("annual.mail.body", agency.getName(), String.valueOf(year), deadline,
					this.properties.publicBaseUrl() + "/console/annual-reports/" + agency.getId() + "/" + year);
			if (Mail.send(this.mailSender, this.properties.mailFrom(), recipients, subject, body)) {
				sent++;
			}
			else {
				this.transaction.executeWithoutResult(status -> this.jdbc
					.sql("delete from annual_report_reminder where agency_id = :agency and report_year = :year "
							+ "and kind = :kind")
					.param("agency", agency.getId())
					.param("year", year)
					.param("kind", kind)
					.update());
			}
		}
		if (sent > 0) {
			log.info("Sent {} annual report reminders", sent);
		}
		return sent;
	}

	private boolean claim(long agencyId, int year, String kind, List<String> recipients) {
		return ReminderClaims.claim(this.transaction,
				this.jdbc.sql("""
						insert into annual_report_reminder (agency_id, report_year, kind, sent_at, recipients)
						values (:agency, :year, :kind, :at, :to)""")
					.param("agency", agencyId)
					.param("year", year)
					.param("kind", kind),
				this.clock.instant(), recipients);
	}

	/**
	 * The agency's office heads (公开办负责人, who sign the report off), and its handlers when
	 * it has no office head.
	 */
	private static List<String> recipients(long agencyId, List<Staff> staff) {
		Set<String> to = new LinkedHashSet<>();
		addHolders(to, staff, Role.OFFICE_HEAD, agencyId);
		if (to.isEmpty()) {
			addHolders(to, staff, Role.HANDLER, agencyId);
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
		return this.messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}
