package org.gongkai.disclosure;

import org.gongkai.shared.CaseHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of catalogue entries: every {@link DisclosureEvent}, as the entry page
 * lists it.
 */
@Component
public class EntryHistory extends CaseHistory {

	static final Table TABLE = new Table("disclosure_history", "entry_id");

	EntryHistory(JdbcClient jdbc) {
		super(jdbc, TABLE);
	}

}
