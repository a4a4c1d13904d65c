package org.gongkai.agencies;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's names for the logins a record keeps (a case's or an entry's history, who
 * entered it, who uploaded a document), read from the staff accounts: a page shows 张三,
 * not {@code registrar}. A login with no account (a system job) stays as it is. Shared by
 * the pages of appeals, disclosure entries and questions.
 */
@Component
@NamedInterface("api")
public class StaffNames {

	private final StaffMembers staff;

	StaffNames(StaffMembers staff) {
		this.staff = staff;
	}

	/**
	 * The name of each login, in the order given; a login with no account maps to itself.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> of(Collection<String> logins) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String login : logins) {
			if (login != null && !names.containsKey(login)) {
				names.put(login,
						staff.findByUsername(login)
							.map(Staff::getDisplayName)
							.filter(name -> !name.isBlank())
							.orElse(login));
			}
		}
		return names;
	}

}
