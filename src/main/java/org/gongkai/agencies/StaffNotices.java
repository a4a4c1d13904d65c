package org.gongkai.agencies;

import java.util.List;

import org.gongkai.shared.ConsoleNotice;
import org.springframework.modulith.NamedInterface;

/**
 * Supplies one module's console notices for a signed-in staff member, such as "3
 * applications wait for you". The web layer passes the staff member in; the module never
 * reads them from the security context.
 */
@NamedInterface("api")
public interface StaffNotices {

	/**
	 * The notices for {@code staff}; called on each console page that shows them, so keep
	 * it cheap.
	 */
	List<ConsoleNotice> notices(StaffPrincipal staff);

}
