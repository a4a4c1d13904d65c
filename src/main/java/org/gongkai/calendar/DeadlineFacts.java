package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The recorded facts from which an application's statutory clock is derived; the
 * deadlines themselves are never stored. Build with {@link #receivedOn(LocalDate)} and
 * the {@code with…} methods, each of which returns new facts.
 *
 * @param receivedOn the receipt date under Article 31 (see {@link ReceiptDates})
 * @param correctionRequestedOn the day the correction notice (补正告知书) was issued, or
 * {@code null}
 * @param correctionReceivedOn the day the corrected application arrived, or {@code null};
 * the reply period restarts here (Article 30)
 * @param pauses consultation spans excluded from the reply period (Articles 32–34), and
 * fee notices awaiting payment
 * @param extensionDays working days of the one extension approved by the office head, 0
 * if none (Article 33, at most 20)
 * @param correctionTermDays the working days the agency gave the applicant to correct
 * (Article 30: "合理的补正期限"), counted from {@code correctionRequestedOn}, or {@code null} if
 * not recorded
 * @param feeNoticeReceivedOn the day the applicant received a fee notice, or
 * {@code null}; payment is due within 20 working days from the next day (国办函〔2020〕109号)
 */
@NamedInterface("api")
public record DeadlineFacts(LocalDate receivedOn, LocalDate correctionRequestedOn, LocalDate correctionReceivedOn,
		List<Pause> pauses, int extensionDays, Integer correctionTermDays, LocalDate feeNoticeReceivedOn) {

	public DeadlineFacts {
		if (receivedOn == null) {
			throw new IllegalArgumentException("缺少收到申请日期");
		}
		if (extensionDays < 0 || extensionDays > StatutoryTerms.MAX_EXTENSION_DAYS) {
			throw new IllegalArgumentException("延期不得超过 " + StatutoryTerms.MAX_EXTENSION_DAYS + " 个工作日（《条例》第三十三条）");
		}
		if (correctionRequestedOn != null && correctionRequestedOn.isBefore(receivedOn)) {
			throw new IllegalArgumentException("补正告知日不能早于收到申请日");
		}
		if (correctionReceivedOn != null && correctionRequestedOn == null) {
			throw new IllegalArgumentException("没有补正告知，不能记录收到补正申请");
		}
		if (correctionReceivedOn != null && correctionReceivedOn.isBefore(correctionRequestedOn)) {
			throw new IllegalArgumentException("收到补正申请日不能早于补正告知日");
		}
		if (correctionTermDays != null
				&& (correctionTermDays < 1 || correctionTermDays > StatutoryTerms.MAX_CORRECTION_TERM_DAYS)) {
			throw new IllegalArgumentException("补正期限应为 1 到 " + StatutoryTerms.MAX_CORRECTION_TERM_DAYS + " 个工作日");
		}
		if (feeNoticeReceivedOn != null && feeNoticeReceivedOn.isBefore(receivedOn)) {
			throw new IllegalArgumentException("收到收费通知日不能早于收到申请日");
		}
		pauses = pauses == null ? List.of() : List.copyOf(pauses);
		for (Pause pause : pauses) {
			if (pause.from().isBefore(receivedOn)) {
				throw new IllegalArgumentException("暂停开始日不能早于收到申请日");
			}
		}
	}

	/** The facts as first recorded, before a correction, fee notice or term was added. */
	public DeadlineFacts(LocalDate receivedOn, LocalDate correctionRequestedOn, LocalDate correctionReceivedOn,
			List<Pause> pauses, int extensionDays) {
		this(receivedOn, correctionRequestedOn, correctionReceivedOn, pauses, extensionDays, null, null);
	}

	/** An application received on {@code receivedOn} and nothing else yet. */
	public static DeadlineFacts receivedOn(LocalDate receivedOn) {
		return new DeadlineFacts(receivedOn, null, null, List.of(), 0, null, null);
	}

	/**
	 * These facts plus a correction notice issued on {@code requestedOn} giving
	 * {@code termDays} (may be null).
	 */
	public DeadlineFacts withCorrectionRequested(LocalDate requestedOn, Integer termDays) {
		return new DeadlineFacts(receivedOn, requestedOn, correctionReceivedOn, pauses, extensionDays, termDays,
				feeNoticeReceivedOn);
	}

	/** These facts plus the corrected application received on {@code receivedOn}. */
	public DeadlineFacts withCorrectionReceived(LocalDate correctedOn) {
		return new DeadlineFacts(receivedOn, correctionRequestedOn, correctedOn, pauses, extensionDays,
				correctionTermDays, feeNoticeReceivedOn);
	}

	/** These facts plus one more pause. */
	public DeadlineFacts withPause(Pause pause) {
		List<Pause> more = new ArrayList<>(pauses);
		more.add(pause);
		return new DeadlineFacts(receivedOn, correctionRequestedOn, correctionReceivedOn, more, extensionDays,
				correctionTermDays, feeNoticeReceivedOn);
	}

	/** These facts plus an extension of {@code days} working days (Article 33). */
	public DeadlineFacts withExtension(int days) {
		return new DeadlineFacts(receivedOn, correctionRequestedOn, correctionReceivedOn, pauses, days,
				correctionTermDays, feeNoticeReceivedOn);
	}

	/**
	 * These facts plus a fee notice the applicant received on {@code noticeReceivedOn}.
	 */
	public DeadlineFacts withFeeNoticeReceived(LocalDate noticeReceivedOn) {
		return new DeadlineFacts(receivedOn, correctionRequestedOn, correctionReceivedOn, pauses, extensionDays,
				correctionTermDays, noticeReceivedOn);
	}

	/**
	 * Whether a correction was requested and the corrected application has not arrived.
	 */
	public boolean awaitingCorrection() {
		return correctionRequestedOn != null && correctionReceivedOn == null;
	}

}
