package org.gongkai.appeals;

import org.gongkai.shared.CaseHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case history of appeals: every {@link AppealEvent}, as the case page lists it. */
@Component
public class AppealHistory extends CaseHistory {

	static final Table TABLE = new Table("appeal_history", "appeal_id");

	AppealHistory(JdbcClient jdbc) {
		super(jdbc, TABLE);
	}

}
