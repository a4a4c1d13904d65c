package org.gongkai.consultations;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the consultations module ({@code gongkai.consultations.*}); every default
 * is documented in docs/consultations.md.
 *
 * @param terms the answer term of each type, in working days after the receipt date
 * @param dueSoonDays a question is due soon when this many working days or fewer are left
 * @param reminders reminder emails
 * @param sweep the daily job that refreshes the due dates and sends reminders
 * @param mailFrom the sender of reminders
 * @param publicBaseUrl the address used in emails
 */
@ConfigurationProperties("gongkai.consultations")
public record ConsultationsProperties(@DefaultValue Terms terms, @DefaultValue("2") int dueSoonDays,
		@DefaultValue Reminders reminders, @DefaultValue Sweep sweep,
		@DefaultValue("noreply@gongkai.local") String mailFrom,
		@DefaultValue("http://localhost:8080") String publicBaseUrl) {

	/**
	 * The answer terms in working days. No national rule sets them (the Regulations do
	 * not govern questions); the defaults follow common local rules for government
	 * mailboxes and the 12345 hotline, and each agency's region may set its own.
	 *
	 * @param consultation 咨询 (default 5)
	 * @param complaint 投诉 (default 15)
	 * @param suggestion 建议 (default 15)
	 */
	public record Terms(@DefaultValue("5") int consultation, @DefaultValue("15") int complaint,
			@DefaultValue("15") int suggestion) {

		public Terms {
			if (consultation < 1 || complaint < 1 || suggestion < 1 || consultation > 60 || complaint > 60
					|| suggestion > 60) {
				throw new IllegalArgumentException("答复期限应为 1 到 60 个工作日");
			}
		}

		/** The term of {@code type}. */
		public int of(QuestionType type) {
			return switch (type) {
				case CONSULTATION -> consultation;
				case COMPLAINT -> complaint;
				case SUGGESTION -> suggestion;
			};
		}

	}

	/**
	 * @param enabled whether reminders are sent
	 * @param leadDays working days before the due date at which a reminder goes out
	 * @param overdue whether one goes out once the date has passed
	 */
	public record Reminders(@DefaultValue("true") boolean enabled, @DefaultValue("1") List<Integer> leadDays,
			@DefaultValue("true") boolean overdue) {
	}

	/**
	 * @param enabled whether the sweep is scheduled on this instance
	 * @param cron when it runs, Beijing time
	 */
	public record Sweep(@DefaultValue("true") boolean enabled, @DefaultValue("0 40 8 * * MON-SAT") String cron) {
	}

}
