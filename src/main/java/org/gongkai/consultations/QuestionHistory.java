package org.gongkai.consultations;

import org.gongkai.shared.CaseHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of questions: every {@link ConsultationEvent}, as the question page lists
 * it.
 */
@Component
public class QuestionHistory extends CaseHistory {

	static final Table TABLE = new Table("consultation_history", "question_id");

	QuestionHistory(JdbcClient jdbc) {
		super(jdbc, TABLE);
	}

}
