package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The recorded facts from which an application's statutory clock is derived; the deadlines themselves are never stored.
 *
 * @param receivedOn the receipt date under Article 31
 * @param correctionRequestedOn the day a correction notice (补正告知) was issued, or {@code null}
 * @param correctionReceivedOn the day the corrected application arrived, or {@code null}; the reply period restarts here (Article 30)
 * @param pauses consultation spans excluded from the reply period (Articles 32–34)
 * @param extensionDays working days of the one extension approved by the office head, 0 if none (Article 33, at most 20)
 */
public record ClockFacts(LocalDate receivedOn, LocalDate correctionRequestedOn, LocalDate correctionReceivedOn,
		List<Pause> pauses, int extensionDays) {

	public ClockFacts {
		if (receivedOn == null) {
			throw new IllegalArgumentException("缺少收到申请日期");
		}
		if (extensionDays < 0 || extensionDays > 20) {
			throw new IllegalArgumentException("延期不得超过 20 个工作日（《条例》第三十三条）");
		}
		pauses = pauses == null ? List.of() : List.copyOf(pauses);
	}

	public static ClockFacts receivedOn(LocalDate receivedOn) {
		return new ClockFacts(receivedOn, null, null, List.of(), 0);
	}

}
