package org.gongkai.appeals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the appeals module ({@code gongkai.appeals.*}); defaults documented in
 * docs/appeals.md.
 *
 * @param maxDocumentSize the largest document accepted (decisions and judgments are often
 * scanned)
 * @param reconsiderationAnswerInWorkingDays whether the 10 days of a reconsideration's 答复
 * term (行政复议法 Art. 48) are working days, as Art. 88 of the 2023 law says of its 十日
 * (UNCONFIRMED: the project's reference does not quote it); {@code false} counts calendar
 * days, moved to the next working day when the last one is a day off
 * @param dueSoonWorkingDays an 答复/答辩 term is due soon (yellow) when this many working
 * days or fewer are left
 */
@ConfigurationProperties("gongkai.appeals")
public record AppealsProperties(@DefaultValue("20MB") DataSize maxDocumentSize,
		@DefaultValue("true") boolean reconsiderationAnswerInWorkingDays, @DefaultValue("3") int dueSoonWorkingDays) {

	/** The defaults, for tests and tools without Spring. */
	static AppealsProperties defaults() {
		return new AppealsProperties(DataSize.ofMegabytes(20), true, 3);
	}

}
