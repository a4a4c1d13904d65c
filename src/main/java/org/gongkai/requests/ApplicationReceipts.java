package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Locale;

import org.gongkai.shared.ChineseFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * The 申请回执 of an online application as PDF: the tracking code and access code, the
 * agency, the day submitted and received, and the reply due date (or how it will be
 * counted while receipt awaits the agency's confirmation). Given only to the visitor who
 * submitted the application in the same session, so that the access code never travels in
 * a URL.
 */
@Service
public class ApplicationReceipts {

	private final ApplicantTracking tracking;

	private final MessageSource messages;

	private final ChineseFonts fonts;

	ApplicationReceipts(ApplicantTracking tracking, MessageSource messages, ChineseFonts fonts) {
		this.tracking = tracking;
		this.messages = messages;
		this.fonts = fonts;
	}

	/** The receipt of application {@code requestId} in {@code locale}'s language. */
	public byte[] pdf(long requestId, String accessCode, Locale locale) {
		return fonts.render(xhtml(tracking.statusOf(requestId), accessCode, locale));
	}

	/** The receipt as one XHTML page, A4, in the font family of {@link ChineseFonts}. */
	String xhtml(ApplicantTracking.Status status, String accessCode, Locale locale) {
		String title = text(locale, "receipt.title");
		StringBuilder html = new StringBuilder(4096);
		html.append("<h1>").append(escape(title)).append("</h1><table>");
		row(html, text(locale, "request.trackingCode"), status.trackingCode());
		row(html, text(locale, "track.accessCode"), accessCode);
		row(html, text(locale, "request.agency"), status.agencyName());
		row(html, text(locale, "apply.title"), status.title());
		row(html, text(locale, "request.submittedOn"), date(status.submittedOn()));
		row(html, text(locale, "request.receivedOn"),
				status.receivedOn() == null ? text(locale, "receipt.receivedOn.pending") : date(status.receivedOn()));
		row(html, text(locale, "request.deadline.replyDue"),
				status.replyDue() == null ? text(locale, "receipt.replyDue.pending") : date(status.replyDue()));
		html.append("</table><p>")
			.append(escape(text(locale, "receipt.keep")))
			.append("</p><p>")
			.append(escape(text(locale, "receipt.track")))
			.append("</p>");
		return ChineseFonts.a4Page(title, RECEIPT_CSS, html.toString());
	}

	private static final String RECEIPT_CSS = "h1 { text-align: center; font-size: 18pt; }"
			+ " table { border-collapse: collapse; width: 100%; }"
			+ " th, td { border: 1px solid #000; padding: 6pt; text-align: left; } th { width: 30%; }";

	private static void row(StringBuilder html, String label, String value) {
		html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private String text(Locale locale, String key) {
		return messages.getMessage(key, null, locale);
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
