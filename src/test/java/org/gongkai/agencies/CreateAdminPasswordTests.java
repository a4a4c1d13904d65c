package org.gongkai.agencies;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How {@code create-admin} reads its password from piped standard input and which
 * passwords it refuses.
 */
class CreateAdminPasswordTests {

	static InputStream stdin(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsTheFirstLineOfStandardInputWithoutItsLineEnd() throws Exception {
		assertThat(CreateAdminCommand.firstLine(stdin("Sicher-Passwort-2026\nrest\n")))
			.isEqualTo("Sicher-Passwort-2026");
		assertThat(CreateAdminCommand.firstLine(stdin("Sicher Passwort 2026\r\n"))).isEqualTo("Sicher Passwort 2026");
		assertThat(CreateAdminCommand.firstLine(stdin("密码-Passwort-2026"))).isEqualTo("密码-Passwort-2026");
	}

	@Test
	void emptyStandardInputIsRefused() {
		assertThatThrownBy(() -> CreateAdminCommand.firstLine(stdin(""))).hasMessageContaining("标准输入中没有密码");
		assertThatThrownBy(() -> CreateAdminCommand.firstLine(stdin("\n"))).hasMessageContaining("标准输入中没有密码");
	}

	@Test
	void aStrongPasswordHasTwelveCharactersThreeClassesAndNotTheName() {
		assertThat(CreateAdminCommand.weakness("chief", "Sicher-Passwort-2026")).isEmpty();
		assertThat(CreateAdminCommand.weakness("chief", "abcdefgh1234"))
			.hasValueSatisfying(reason -> assertThat(reason).contains("3 类"));
		assertThat(CreateAdminCommand.weakness("chief", "Ab1-short"))
			.hasValueSatisfying(reason -> assertThat(reason).contains("至少 12 个字符"));
		assertThat(CreateAdminCommand.weakness("chief", "Xx-CHIEF-2026-yy"))
			.hasValueSatisfying(reason -> assertThat(reason).contains("不得包含用户名"));
		assertThat(CreateAdminCommand.weakness("chief", "abcdefghijk1-")).isEmpty();
	}

}
