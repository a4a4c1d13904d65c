package org.gongkai.shared;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data never reaches a log line unmasked. */
class PersonalDataMaskingTests {

	static final String ID = "41010219900101123X";

	static final String MOBILE = "13812345678";

	LoggerContext context = new LoggerContext();

	String encode(String pattern, LoggingEvent event) {
		PersonalDataMasking encoder = new PersonalDataMasking();
		encoder.setContext(context);
		encoder.setPattern(pattern);
		encoder.start();
		return new String(encoder.encode(event), StandardCharsets.UTF_8);
	}

	@Test
	void masksIdentityAndMobileNumbersInTheFormattedMessage() {
		LoggingEvent event = new LoggingEvent("x", context.getLogger("test"), Level.INFO,
				"申请人 {} 电话 {} 已登记，编号 2026-0001", null, new Object[] { ID, MOBILE });
		assertThat(encode("%m", event)).isEqualTo("申请人 410*************3X 电话 138******78 已登记，编号 2026-0001");
	}

	@Test
	void masksExceptionTextsCausesSuppressedAndStackTraces() {
		RuntimeException cause = new RuntimeException("联系电话" + MOBILE + "无法送达");
		IllegalStateException failure = new IllegalStateException("身份证号" + ID + "校验失败", cause);
		failure.addSuppressed(new IllegalArgumentException("备用号码 +86 138-1234-5678"));
		LoggingEvent event = new LoggingEvent("x", context.getLogger("test"), Level.ERROR, "提交失败", failure, null);

		String line = encode("%m%n%ex", event);

		assertThat(line).contains("提交失败", "Caused by", "Suppressed", "at org.gongkai.shared.PersonalDataMaskingTests");
		assertThat(line).contains("身份证号410*************3X校验失败", "联系电话138******78无法送达");
		assertThat(line).doesNotContain(ID, MOBILE, "1234-5678", "1010219900101");
	}

	@ParameterizedTest
	@ValueSource(strings = { "身份证号" + ID, "申请人张三" + ID + "号", "号码：" + ID, "ID" + ID, "id=" + ID, "%E5%8F%B7" + ID,
			"\\u53F7" + ID, "\\xB7" + ID, "410102 19900101 123X", "４１０１０２１９９００１０１１２３Ｘ", "电话" + MOBILE,
			"手机号码" + MOBILE + "。", "tel%3A%E5%8F%B7" + MOBILE, "+86" + MOBILE, "0086 " + MOBILE, "8613812345678",
			"138 1234 5678", "138-1234-5678", "１３８１２３４５６７８", "x_" + MOBILE })
	void noTextBeforeOrAroundANumberDefeatsTheMask(String text) {
		String masked = PersonalDataMasking.mask(text);
		assertThat(masked).contains("*****");
		assertThat(masked.replaceAll("[ -]", "")).as(masked)
			.doesNotContain("0219900101", "2345678", "０２１９９００１０１", "２３４５６７８");
	}

	@Test
	void leavesOtherNumbersAlone() {
		assertThat(PersonalDataMasking.mask("seq 12345678901234567890 order 0377-63100002 id 42"))
			.isEqualTo("seq 12345678901234567890 order 0377-63100002 id 42");
		assertThat(PersonalDataMasking.mask("2026-11-27T18:56:42.123+08:00 pid 12345 at 1764262800000 GK-7K3M-Q9XP-4T"))
			.isEqualTo("2026-11-27T18:56:42.123+08:00 pid 12345 at 1764262800000 GK-7K3M-Q9XP-4T");
	}

}
