package org.gongkai.agencies;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongkai.shared.RecordNotFound;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Decides which agencies' records a staff member may reach. The rule, checked on the
 * server for every record:
 * <ul>
 * <li>a role held in an agency reaches that agency's records;</li>
 * <li>a supervisor (督办) in a supervising office sees every agency of the office's region,
 * read-only;</li>
 * <li>an administrator manages the agency they are bound to and every agency below
 * it.</li>
 * </ul>
 */
@Service
@NamedInterface("api")
public class AgencyAccess {

	private final Agencies agencies;

	AgencyAccess(Agencies agencies) {
		this.agencies = agencies;
	}

	/**
	 * Agencies whose records {@code staff} may read: their own, plus those they supervise
	 * or administer.
	 */
	public Set<Long> readableAgencies(StaffPrincipal staff) {
		Set<Long> readable = new HashSet<>(staff.homeAgencies());
		for (long office : staff.agenciesWith(Role.SUPERVISOR)) {
			agencies.findById(office).map(Agency::getParentId).ifPresent(region -> readable.addAll(subtree(region)));
		}
		readable.addAll(administeredAgencies(staff));
		return readable;
	}

	/**
	 * Agencies that {@code staff} may manage (edit contacts, staff and roles): the
	 * subtree below each admin grant.
	 */
	public Set<Long> administeredAgencies(StaffPrincipal staff) {
		Set<Long> administered = new HashSet<>();
		for (long agency : staff.agenciesWith(Role.ADMINISTRATOR)) {
			administered.addAll(subtree(agency));
		}
		return administered;
	}

	/**
	 * Whether {@code staff} administers a whole hierarchy from its top (a region without
	 * a parent), and so also region-wide matters that belong to no single agency.
	 */
	public boolean administersTopLevel(StaffPrincipal staff) {
		return agencies.findAllById(staff.agenciesWith(Role.ADMINISTRATOR))
			.stream()
			.anyMatch(agency -> agency.getParentId() == null);
	}

	/**
	 * Whether {@code staff} may act in {@code role} on records of {@code agencyId}: the
	 * role must be held there.
	 */
	public boolean mayAct(StaffPrincipal staff, Role role, long agencyId) {
		return staff.holds(role, agencyId);
	}

	/**
	 * Fails with {@link RecordNotFound} unless {@code staff} may read records of
	 * {@code agencyId}.
	 */
	public void checkReadable(StaffPrincipal staff, long agencyId, String what, Object id) {
		if (!readableAgencies(staff).contains(agencyId)) {
			throw new RecordNotFound(what, id);
		}
	}

	/** The agency and every agency below it. */
	public Set<Long> subtree(long root) {
		Set<Long> result = new HashSet<>();
		Deque<Long> pending = new ArrayDeque<>(List.of(root));
		while (!pending.isEmpty()) {
			Long next = pending.pop();
			if (result.add(next)) {
				agencies.findByParentIdOrderByName(next).forEach(child -> pending.push(child.getId()));
			}
		}
		return result;
	}

}
