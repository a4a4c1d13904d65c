package org.gongkai.shared;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends one plain-text email where a mail server is configured. Notices are a courtesy
 * beside the record, never a condition of a step, so a missing or failing server is
 * logged and answered {@code false} instead of failing the caller.
 */
public final class Mail {

	private static final Logger log = LoggerFactory.getLogger(Mail.class);

	private Mail() {
	}

	/** Sends the message; returns whether the server accepted it. */
	public static boolean send(ObjectProvider<JavaMailSender> sender, String from, List<String> to, String subject,
			String body) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			log.info("No mail server configured; not sending \"{}\"", subject);
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to.toArray(String[]::new));
		message.setSubject(subject);
		message.setText(body);
		try {
			mail.send(message);
			return true;
		}
		catch (MailException e) {
			log.warn("Could not send \"{}\": {}", subject, e.getMessage());
			return false;
		}
	}

}
