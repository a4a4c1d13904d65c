package org.gongkai.shared;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data never reaches a log line unmasked. */
class PersonalDataMaskingTests {

	@Test
	void masksIdentityAndMobileNumbersInTheFormattedMessage() {
		LoggerContext context = new LoggerContext();
		LoggingEvent event = new LoggingEvent("x", context.getLogger("test"), Level.INFO,
				"申请人 {} 电话 {} 已登记，编号 2026-0001", null, new Object[] { "41010219900101123X", "13812345678" });
		PersonalDataMasking converter = new PersonalDataMasking();
		converter.start();
		assertThat(converter.convert(event)).isEqualTo("申请人 410*************3X 电话 138******78 已登记，编号 2026-0001");
	}

	@Test
	void leavesOtherNumbersAlone() {
		assertThat(PersonalDataMasking.mask("seq 12345678901234567890 order 0377-63100002 id 42"))
			.isEqualTo("seq 12345678901234567890 order 0377-63100002 id 42");
	}

}
