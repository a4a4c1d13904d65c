package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * The day an application counts as received (Article 31), from which every period of the
 * Regulations runs:
 * <ol>
 * <li>submitted in person: the day it was submitted;</li>
 * <li>sent by post that must be signed for (registered letter, EMS): the day the agency
 * signed for it; by ordinary letter, which needs no signature: the day the disclosure
 * office confirmed it with the applicant (it must confirm on the day the letter
 * arrives);</li>
 * <li>submitted online or by the disclosure office's fax: the day both sides confirmed
 * it.</li>
 * </ol>
 * Electronic mail and the 12345 hotline are not named by Article 31 [INTERPRETATION]:
 * email is an internet channel (item 3), so its day is the day of confirmation; a 12345
 * work order is an application made orally that the office writes down (Article 29) and
 * confirms with the applicant, so its day is also the day of confirmation. Both readings
 * can be changed with {@code gongkai.calendar.receipt.email} and
 * {@code gongkai.calendar.receipt.hotline} ({@code CONFIRMATION_DAY} or
 * {@code ARRIVAL_DAY}).
 */
@NamedInterface("api")
public class ReceiptDates {

	/** Which day of the application's arrival counts as its receipt. */
	public enum Rule {

		/** The day it was handed in (in person). */
		SUBMISSION_DAY,
		/** The day the agency signed for it (mail that must be signed for). */
		SIGNED_FOR_DAY,
		/** The day the disclosure office and the applicant confirmed it. */
		CONFIRMATION_DAY,
		/**
		 * The day it arrived, without waiting for a confirmation (a configurable
		 * alternative for email and 12345).
		 */
		ARRIVAL_DAY

	}

	private final Map<Channel, Rule> rules = new EnumMap<>(Channel.class);

	/**
	 * The rules of Article 31 with the default readings for email and the hotline (both:
	 * the day of confirmation).
	 */
	public ReceiptDates() {
		this(Rule.CONFIRMATION_DAY, Rule.CONFIRMATION_DAY);
	}

	/**
	 * The rules of Article 31 with the given readings for email and the 12345 hotline.
	 */
	public ReceiptDates(Rule email, Rule hotline) {
		rules.put(Channel.IN_PERSON, Rule.SUBMISSION_DAY);
		rules.put(Channel.REGISTERED_MAIL, Rule.SIGNED_FOR_DAY);
		rules.put(Channel.ORDINARY_LETTER, Rule.CONFIRMATION_DAY);
		rules.put(Channel.ONLINE, Rule.CONFIRMATION_DAY);
		rules.put(Channel.FAX, Rule.CONFIRMATION_DAY);
		rules.put(Channel.EMAIL, checked(email));
		rules.put(Channel.HOTLINE_12345, checked(hotline));
	}

	private static Rule checked(Rule rule) {
		if (rule != Rule.CONFIRMATION_DAY && rule != Rule.ARRIVAL_DAY) {
			throw new IllegalArgumentException("电子邮件和 12345 热线的收到日只能按确认之日或到达之日计算");
		}
		return rule;
	}

	/** Which day counts as the receipt for {@code channel}. */
	public Rule ruleFor(Channel channel) {
		return rules.get(channel);
	}

	/**
	 * The receipt date of an application that came by {@code channel}, or {@code null}
	 * while it awaits the confirmation its channel needs: until then the receipt date is
	 * unknown and no period runs.
	 * @throws IllegalArgumentException as {@link #receiptDate} does for any other missing
	 * or misordered date
	 */
	public LocalDate receiptDateOnceKnown(Channel channel, LocalDate arrivedOn, LocalDate signedForOn,
			LocalDate confirmedOn) {
		if (channel != null && ruleFor(channel) == Rule.CONFIRMATION_DAY && confirmedOn == null) {
			return null;
		}
		return receiptDate(channel, arrivedOn, signedForOn, confirmedOn);
	}

	/**
	 * The receipt date of an application that came by {@code channel}.
	 * @param arrivedOn the day it was handed in or arrived (in person: the submission
	 * day); needed for in-person applications and for channels read by their arrival day,
	 * otherwise only checked against the other dates
	 * @param signedForOn the day the agency signed for a registered letter, or
	 * {@code null}
	 * @param confirmedOn the day the office and the applicant confirmed it, or
	 * {@code null} if not yet confirmed
	 * @return the receipt date under Article 31
	 * @throws IllegalArgumentException (with a Chinese message) if the date the channel
	 * needs is missing, or the dates are out of order
	 */
	public LocalDate receiptDate(Channel channel, LocalDate arrivedOn, LocalDate signedForOn, LocalDate confirmedOn) {
		if (channel == null) {
			throw new IllegalArgumentException("请选择申请渠道");
		}
		return switch (rules.get(channel)) {
			case SUBMISSION_DAY, ARRIVAL_DAY -> {
				if (arrivedOn == null) {
					throw new IllegalArgumentException("请填写申请提交或到达的日期");
				}
				yield arrivedOn;
			}
			case SIGNED_FOR_DAY -> {
				if (signedForOn == null) {
					throw new IllegalArgumentException("需签收的邮件以机关签收之日为收到申请之日（第三十一条），请填写签收日期");
				}
				yield notBefore(signedForOn, arrivedOn, "签收日期");
			}
			case CONFIRMATION_DAY -> {
				if (confirmedOn == null) {
					throw new IllegalArgumentException("此渠道以与申请人确认之日为收到申请之日（第三十一条），尚未确认的申请还没有收到日期");
				}
				yield notBefore(confirmedOn, arrivedOn, "确认日期");
			}
		};
	}

	private static LocalDate notBefore(LocalDate date, LocalDate arrivedOn, String what) {
		if (arrivedOn != null && date.isBefore(arrivedOn)) {
			throw new IllegalArgumentException(what + "不能早于申请到达的日期");
		}
		return date;
	}

}
