package org.gongkai.consultations;

import java.time.Instant;
import java.time.LocalDate;

/** Questions in the situations the tests need. */
final class Fixtures {

	static final Instant NOW = Instant.parse("2023-09-27T02:00:00Z");

	private Fixtures() {
	}

	static Question.Received received(QuestionType type, LocalDate on, boolean consent) {
		return new Question.Received(2, QuestionChannel.ONLINE, type, "咨询消费券的领取方式", "我是王小明，电话 13912345678，请问消费券怎么领？",
				"王小明", "13912345678", consent, on, null);
	}

	static Question openQuestion(boolean consent) {
		return new Question(1L, received(QuestionType.CONSULTATION, LocalDate.of(2023, 9, 27), consent), "public", NOW,
				null, null, null, null, false, null, null, 0);
	}

	static Question answeredQuestion(boolean consent) {
		Question question = openQuestion(consent);
		question.answer("王小明先生您好，消费券通过云闪付领取。", 5, "承办人 张伟", LocalDate.of(2023, 9, 28));
		return question;
	}

}
