package org.gongkai.consultations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is removed before a question goes on the portal. */
class PersonalDataTests {

	@Test
	void removesNamesPhonesEmailsAndIdentityNumbers() {
		String text = "我叫李建华，手机 139-1234-5678，座机 0377-63100002，邮箱 li.jh@example.com，身份证 41130319800101123X，李先生不在家。";
		String clean = PersonalData.remove(text, "李建华");
		assertThat(clean).doesNotContain("李建华", "139", "5678", "63100002", "example.com", "41130319800101123X", "李先生");
		assertThat(clean).contains("我叫＊＊＊", "＊＊＊先生");
	}

	@Test
	void leavesOrdinaryNumbersAndTextAlone() {
		String text = "2023年发放消费券500万元，共12个批次。";
		assertThat(PersonalData.remove(text, "王芳")).isEqualTo(text);
	}

}
