package org.gongkai.requests;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.gongkai.shared.Mail;
import org.gongkai.shared.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails of the applications module over SMTP ({@code spring.mail.*}): the confirmation
 * to an applicant with the tracking code and access code, and reminders to handlers.
 * Without a configured mail server nothing is sent and a line is logged; a failed send
 * never undoes the step that caused it. One email address gets at most a few
 * confirmations a day (the shared {@link RateLimits}, limit {@code confirmation-mail}),
 * so the public form cannot be used to flood someone's mailbox; the application is
 * registered either way and its codes are shown on the page.
 */
@Component
class RequestMails {

	private static final Logger log = LoggerFactory.getLogger(RequestMails.class);

	/** The name of the limit on confirmations per email address. */
	static final String CONFIRMATION_LIMIT = "confirmation-mail";

	/** Confirmations per email address unless configured otherwise: five a day. */
	static final RateLimits.Limit CONFIRMATIONS = new RateLimits.Limit(5, Duration.ofDays(1));

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final RequestsProperties properties;

	private final RateLimits limits;

	private final RateLimits.Limit confirmations;

	@Autowired
	RequestMails(ObjectProvider<JavaMailSender> sender, MessageSource messages, RequestsProperties properties,
			RateLimits limits) {
		this(sender, messages, properties, limits, limits.limit(CONFIRMATION_LIMIT, CONFIRMATIONS));
	}

	RequestMails(ObjectProvider<JavaMailSender> sender, MessageSource messages, RequestsProperties properties,
			RateLimits limits, RateLimits.Limit confirmations) {
		this.sender = sender;
		this.messages = messages;
		this.properties = properties;
		this.limits = limits;
		this.confirmations = confirmations;
	}

	/**
	 * Tells the applicant how to follow their application; returns whether the mail
	 * server accepted the email.
	 */
	boolean confirmSubmission(RequestReference reference, String accessCode, Applicant applicant, String agencyName) {
		if (applicant.email() == null || applicant.email().isBlank()) {
			return false;
		}
		if (!limits.tryConsume(CONFIRMATION_LIMIT, confirmations, applicant.email().strip().toLowerCase(Locale.ROOT))
			.allowed()) {
			log.info("Confirmation of {} not mailed: the address had its {} confirmations within {}",
					reference.trackingCode(), confirmations.capacity(), confirmations.period());
			return false;
		}
		String subject = text("mail.confirmation.subject", reference.trackingCode());
		String body = text("mail.confirmation.body", applicant.name(), agencyName, reference.trackingCode(), accessCode,
				properties.publicBaseUrl() + "/track",
				reference.receivedOn() == null ? text("mail.confirmation.pending")
						: text("mail.confirmation.received", reference.receivedOn()));
		return send(List.of(applicant.email()), subject, body);
	}

	/**
	 * Sends one email; returns whether the server accepted it.
	 */
	boolean send(List<String> to, String subject, String body) {
		return Mail.send(sender, properties.mailFrom(), to, subject, body);
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

}
