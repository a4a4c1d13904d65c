package org.gongkai.agencies;

import java.util.Collection;
import java.util.List;

import org.gongkai.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a role where, read by one SQL query for the choosers of other modules (a
 * handler to assign, an office head to approve): loading every staff aggregate with its
 * grants cost one query per member and took close to a second for a region's twenty
 * agencies.
 */
@Service
@NamedInterface("api")
public class StaffRoster {

	/** An enabled staff member as a chooser shows them. */
	public record Member(long id, String username, String displayName) {
	}

	private final JdbcClient jdbc;

	StaffRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Enabled staff holding {@code role} in any of {@code agencies}, each once, by
	 * display name.
	 */
	@Transactional(readOnly = true)
	public List<Member> withRole(Role role, Collection<Long> agencies) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select s.id, s.username, s.display_name from staff s
				where s.enabled and exists (select 1 from staff_role r
				                            where r.staff_id = s.id and r.role = :role and r.agency_id in (:agencies))
				order by s.display_name, s.id
				""").param("role", role.name()).param("agencies", agencies).query(Rows.of(Member.class)).list();
	}

}
