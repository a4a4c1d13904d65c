package org.gongkai.requests;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.agencies.StaffNames;
import org.gongkai.shared.CaseHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case history of applications: every {@link RequestEvent}, as the case page lists
 * it. The table keeps who acted by login (as the audit trail does); {@link #readable}
 * shows people's names instead.
 */
@Component
public class RequestHistory extends CaseHistory {

	static final Table TABLE = new Table("request_history", "request_id");

	private final StaffNames staffNames;

	RequestHistory(JdbcClient jdbc, StaffNames staffNames) {
		super(jdbc, TABLE);
		this.staffNames = staffNames;
	}

	/**
	 * The steps of application {@code id}, oldest first, each naming who acted by their
	 * display name (张伟, not {@code handler}); the applicant and scheduled work by their
	 * role.
	 */
	@Transactional(readOnly = true)
	public List<Step> readable(long id) {
		List<Step> steps = of(id);
		Map<String, String> names = names(steps.stream().map(Step::actor).toList());
		return steps.stream().map(step -> step.by(names.getOrDefault(step.actor(), step.actor()))).toList();
	}

	/**
	 * The name of each login, through the staff accounts ({@link StaffNames}); the
	 * applicant and scheduled work by their role; a login with no account stays as it is.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> names(Collection<String> logins) {
		Map<String, String> names = new LinkedHashMap<>(staffNames.of(logins));
		names.computeIfPresent(Actor.PUBLIC.name(), (login, name) -> Actor.PUBLIC.displayName());
		names.computeIfPresent(Actor.SYSTEM.name(), (login, name) -> Actor.SYSTEM.displayName());
		return names;
	}

}
