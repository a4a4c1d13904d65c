package org.gongkai.requests;

import org.gongkai.shared.CaseHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case history of applications: every {@link RequestEvent}, as the case page lists
 * it.
 */
@Component
public class RequestHistory extends CaseHistory {

	static final Table TABLE = new Table("request_history", "request_id");

	RequestHistory(JdbcClient jdbc) {
		super(jdbc, TABLE);
	}

}
