package org.gongkai.agencies;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.IdentifierChecks;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.Rows;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator (管理员) does to agencies and staff: add an agency under a region,
 * keep its disclosure-guide facts (Article 12 of the Regulations) current, create staff
 * accounts, grant and withdraw roles, disable and enable accounts and reset passwords.
 * <p>
 * Every method takes the acting administrator and reaches only the agencies they
 * administer ({@link AgencyAccess#administeredAgencies}); any other agency or staff
 * member answers {@link RecordNotFound}, as if it did not exist. Every change publishes
 * an {@link org.gongkai.shared.AuditableEvent} whose summary holds no unmasked personal
 * data.
 */
@Service
public class AgencyAdministration {

	private final Agencies agencies;

	private final StaffMembers staff;

	private final AgencyAccess access;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final SignInLocks locks;

	AgencyAdministration(Agencies agencies, StaffMembers staff, AgencyAccess access, PasswordEncoder passwords,
			ApplicationEventPublisher events, JdbcClient jdbc, SignInLocks locks) {
		this.locks = locks;
		this.agencies = agencies;
		this.staff = staff;
		this.access = access;
		this.passwords = passwords;
		this.events = events;
		this.jdbc = jdbc;
	}

	// ---- agencies

	/**
	 * The administered agencies as trees: each root is an administered agency whose
	 * parent is not.
	 */
	@Transactional(readOnly = true)
	public List<AgencyNode> hierarchy(StaffPrincipal admin) {
		Set<Long> administered = access.administeredAgencies(admin);
		Map<Long, Agency> byId = agencies.findAllById(administered)
			.stream()
			.collect(Collectors.toMap(Agency::getId, Function.identity()));
		Map<Long, List<Agency>> children = byId.values()
			.stream()
			.filter(agency -> agency.getParentId() != null && byId.containsKey(agency.getParentId()))
			.collect(Collectors.groupingBy(Agency::getParentId));
		return byId.values()
			.stream()
			.filter(agency -> agency.getParentId() == null || !byId.containsKey(agency.getParentId()))
			.sorted(ORDER)
			.map(root -> node(root, children))
			.toList();
	}

	/** An administered agency. */
	@Transactional(readOnly = true)
	public Agency agency(StaffPrincipal admin, long id) {
		return agencies.findById(id)
			.filter(found -> access.administeredAgencies(admin).contains(found.getId()))
			.orElseThrow(() -> new RecordNotFound("机关", id));
	}

	/** The agencies directly below an administered agency. */
	@Transactional(readOnly = true)
	public List<Agency> children(StaffPrincipal admin, long id) {
		agency(admin, id);
		return agencies.findByParentIdOrderByName(id).stream().sorted(ORDER).toList();
	}

	/** The regions where {@code admin} may add agencies. */
	@Transactional(readOnly = true)
	public List<Agency> regions(StaffPrincipal admin) {
		return agencies.findAllById(access.administeredAgencies(admin))
			.stream()
			.filter(agency -> agency.getKind() == AgencyKind.REGION)
			.sorted(ORDER)
			.toList();
	}

	/**
	 * Adds an agency or a supervising office under an administered region.
	 * @throws RuleViolation if the parent is not a region, the kind is a region, or the
	 * region already has its supervising office
	 */
	@Transactional
	public Agency createAgency(StaffPrincipal admin, long regionId, AgencyKind kind, AgencyContacts contacts) {
		Agency region = agency(admin, regionId);
		if (region.getKind() != AgencyKind.REGION) {
			throw new RuleViolation("agency.parent-not-region", "机关只能设在行政区域之下");
		}
		if (kind == AgencyKind.REGION) {
			throw new RuleViolation("agency.kind-region", "此处只能新增行政机关或政务公开主管部门");
		}
		if (kind == AgencyKind.SUPERVISING_OFFICE && agencies.findByParentIdOrderByName(regionId)
			.stream()
			.anyMatch(sibling -> sibling.getKind() == AgencyKind.SUPERVISING_OFFICE)) {
			throw new RuleViolation("agency.second-supervising-office", "该行政区域已有政务公开主管部门");
		}
		AgencyContacts clean = checked(contacts, null);
		Agency agency = new Agency(regionId, kind, clean.name(), clean.creditCode());
		agency.updateContacts(clean);
		Agency saved = agencies.save(agency);
		events.publishEvent(AgencyCreated.added(admin.username(), saved.getId(), kind, clean.name(), clean.creditCode(),
				region.getName()));
		return saved;
	}

	/**
	 * Replaces an administered agency's guide facts, provided nobody changed them since
	 * {@code expectedVersion} was read.
	 * @throws OptimisticLockingFailureException if the agency was changed in between;
	 * nothing is changed then
	 */
	@Transactional
	public Agency updateAgency(StaffPrincipal admin, long id, int expectedVersion, AgencyContacts contacts) {
		Agency agency = agency(admin, id);
		if (agency.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Agency " + id + " is at version " + agency.getVersion()
					+ ", the edit was based on " + expectedVersion);
		}
		AgencyContacts before = agency.contacts();
		AgencyContacts after = checked(contacts, id);
		AgencyUpdated changes = AgencyUpdated.changed(admin.username(), id, fields(before), fields(after));
		if (changes == null) {
			return agency; // nothing to record, and the version stays
		}
		agency.updateContacts(after);
		Agency saved = agencies.save(agency); // Spring Data's @Version check closes the
												// read-to-write window
		events.publishEvent(changes);
		return saved;
	}

	// ---- staff

	/** Staff who hold at least one role in an administered agency, by user name. */
	@Transactional(readOnly = true)
	public List<StaffListing> staffList(StaffPrincipal admin) {
		Set<Long> administered = access.administeredAgencies(admin);
		if (administered.isEmpty()) {
			return List.of();
		}
		record Row(long id, String username, String displayName, boolean enabled, Timestamp lockedUntil, String role,
				long agencyId, String agencyName) {
		}
		List<Row> rows = jdbc.sql("""
				select s.id, s.username, s.display_name, s.enabled, s.locked_until, r.role, r.agency_id,
				       a.name as agency_name
				from staff s
				join staff_role r on r.staff_id = s.id
				join agency a on a.id = r.agency_id
				where s.id in (select staff_id from staff_role where agency_id in (:agencies))
				order by s.username, a.name, r.role
				""").param("agencies", administered).query(Rows.of(Row.class)).list();
		Map<Long, StaffListing> listings = new LinkedHashMap<>();
		for (Row row : rows) {
			listings
				.computeIfAbsent(row.id(),
						id -> new StaffListing(id, row.username(), row.displayName(), row.enabled(),
								row.lockedUntil() == null ? null : row.lockedUntil().toInstant(), new ArrayList<>()))
				.grants()
				.add(new StaffListing.Grant(Role.valueOf(row.role()), row.agencyId(), row.agencyName()));
		}
		return List.copyOf(listings.values());
	}

	/** A staff member with at least one role in an administered agency. */
	@Transactional(readOnly = true)
	public Staff staffMember(StaffPrincipal admin, long id) {
		Set<Long> administered = access.administeredAgencies(admin);
		return staff.findById(id)
			.filter(found -> found.grants().stream().anyMatch(grant -> administered.contains(grant.agencyId())))
			.orElseThrow(() -> new RecordNotFound("工作人员", id));
	}

	/** Creates an account with its first role in an administered agency. */
	@Transactional
	public Staff createStaff(StaffPrincipal admin, NewStaff form) {
		agency(admin, form.agencyId());
		String username = form.username().trim();
		if (staff.findByUsername(username).isPresent()) {
			throw InvalidInput.of("username", "staff.username.taken");
		}
		if (form.password().toLowerCase().contains(username.toLowerCase())) {
			throw InvalidInput.of("password", "staff.password.contains-username");
		}
		Staff member = new Staff(username, form.displayName().trim(), blankToNull(form.email()),
				passwords.encode(form.password()));
		member.grant(form.role(), form.agencyId());
		Staff saved = staff.save(member);
		events.publishEvent(StaffCreated.of(admin.username(), form.agencyId(), saved.getId(), username,
				IdentifierChecks.mask(saved.getEmail()), form.role()));
		return saved;
	}

	/** Gives {@code staffId} a role in an administered agency. */
	@Transactional
	public Staff grant(StaffPrincipal admin, long staffId, Role role, long agencyId) {
		agency(admin, agencyId);
		Staff member = staffMember(admin, staffId);
		member.grant(role, agencyId);
		Staff saved = staff.save(member);
		events.publishEvent(RoleGranted.of(admin.username(), agencyId, staffId, member.getUsername(), role));
		return saved;
	}

	/**
	 * Withdraws a role held in an administered agency; an administrator cannot withdraw
	 * their own administration.
	 */
	@Transactional
	public Staff revoke(StaffPrincipal admin, long staffId, Role role, long agencyId) {
		agency(admin, agencyId);
		Staff member = staffMember(admin, staffId);
		if (staffId == admin.id() && role == Role.ADMINISTRATOR) {
			throw new RuleViolation("staff.own-administration", "不能撤销自己的管理员角色，请由其他管理员操作");
		}
		member.revoke(role, agencyId);
		Staff saved = staff.save(member);
		events.publishEvent(RoleRevoked.of(admin.username(), agencyId, staffId, member.getUsername(), role));
		return saved;
	}

	/** Disables an account entirely within the administrator's reach; not one's own. */
	@Transactional
	public Staff disable(StaffPrincipal admin, long staffId) {
		Staff member = wholly(admin, staffId);
		if (staffId == admin.id()) {
			throw new RuleViolation("staff.disable-self", "不能停用自己的账户");
		}
		member.disable();
		Staff saved = staff.save(member);
		events.publishEvent(StaffDisabled.of(admin.username(), primaryAgency(member), staffId, member.getUsername()));
		return saved;
	}

	/**
	 * Whether sign-in to {@code member} is paused from some address after wrong passwords
	 * (or by a lock of the former, account-wide kind).
	 */
	public boolean isSignInPaused(Staff member, Instant now) {
		return member.isLocked(now) || locks.isPausedAnywhere(member.getUsername());
	}

	/** Lifts every pause of sign-in to {@code member} at once, audited. */
	private int unlock(StaffPrincipal admin, Staff member) {
		int lifted = locks.unlock(member.getUsername());
		if (lifted > 0) {
			events.publishEvent(SignInUnlocked.byAdministrator(admin.username(), primaryAgency(member),
					member.getId().toString(), member.getUsername(), lifted));
		}
		return lifted;
	}

	/** Enables a disabled account, or lifts a lockout. */
	@Transactional
	public Staff enable(StaffPrincipal admin, long staffId) {
		Staff member = wholly(admin, staffId);
		boolean wasEnabled = member.isEnabled();
		if (unlock(admin, member) > 0 && member.isEnabled() && member.getLockedUntil() == null
				&& member.getFailedAttempts() == 0) {
			events.publishEvent(StaffEnabled.of(admin.username(), primaryAgency(member), staffId, member.getUsername(),
					wasEnabled));
			return member;
		}
		member.enable();
		Staff saved = staff.save(member);
		events.publishEvent(
				StaffEnabled.of(admin.username(), primaryAgency(member), staffId, member.getUsername(), wasEnabled));
		return saved;
	}

	/**
	 * Sets a new password that the administrator hands to the person; lifts any lockout.
	 */
	@Transactional
	public Staff resetPassword(StaffPrincipal admin, long staffId, String newPassword) {
		Staff member = wholly(admin, staffId);
		if (newPassword == null || !newPassword.matches("^(?=.*[A-Za-z])(?=.*\\d).{8,200}$")) {
			throw InvalidInput.of("password", "staff.password.weak");
		}
		if (newPassword.toLowerCase().contains(member.getUsername().toLowerCase())) {
			throw InvalidInput.of("password", "staff.password.contains-username");
		}
		member.resetPassword(passwords.encode(newPassword));
		unlock(admin, member);
		Staff saved = staff.save(member);
		events.publishEvent(
				StaffPasswordReset.of(admin.username(), primaryAgency(member), staffId, member.getUsername()));
		return saved;
	}

	/** The agency an account's events are filed under: the first of its agencies. */
	static Long primaryAgency(Staff member) {
		return member.grants().stream().map(RoleGrant::agencyId).min(Long::compare).orElse(null);
	}

	// A staff member who also works for agencies outside the administrator's reach is
	// theirs to disable only with
	// the other agencies' administrators, so account-wide actions need every role to be
	// within reach.
	private Staff wholly(StaffPrincipal admin, long staffId) {
		Staff member = staffMember(admin, staffId);
		Set<Long> administered = access.administeredAgencies(admin);
		if (!member.grants().stream().allMatch(grant -> administered.contains(grant.agencyId()))) {
			throw new RuleViolation("staff.outside-reach", "该人员还在您管理范围以外的机关任职，请由上级管理员操作");
		}
		return member;
	}

	private AgencyContacts checked(AgencyContacts contacts, Long self) {
		AgencyContacts clean = new AgencyContacts(trim(contacts.name()), upper(contacts.creditCode()),
				trim(contacts.disclosureOffice()), trim(contacts.address()), trim(contacts.postcode()),
				trim(contacts.officeHours()), trim(contacts.phone()), trim(contacts.fax()), trim(contacts.website()),
				trim(contacts.email()));
		if (clean.creditCode() != null) {
			if (!IdentifierChecks.isValidCreditCode(clean.creditCode())) {
				throw InvalidInput.of("creditCode", "agency.creditCode.checksum");
			}
			if (agencies.findByCreditCode(clean.creditCode())
				.filter(other -> !other.getId().equals(self))
				.isPresent()) {
				throw InvalidInput.of("creditCode", "agency.creditCode.taken");
			}
		}
		return clean;
	}

	// Agency contacts are published facts of an office, not personal data, so they are
	// recorded as they are.
	private static String[] fields(AgencyContacts c) {
		return new String[] { c.name(), c.creditCode(), c.disclosureOffice(), c.address(), c.postcode(),
				c.officeHours(), c.phone(), c.fax(), c.website(), c.email() };
	}

	private static AgencyNode node(Agency agency, Map<Long, List<Agency>> children) {
		return new AgencyNode(agency,
				children.getOrDefault(agency.getId(), List.of())
					.stream()
					.sorted(ORDER)
					.map(child -> node(child, children))
					.toList());
	}

	private static final Comparator<Agency> ORDER = Comparator.comparing(Agency::getKind)
		.thenComparing(Agency::getName);

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String upper(String value) {
		String trimmed = trim(value);
		return trimmed == null ? null : trimmed.toUpperCase();
	}

	private static String blankToNull(String value) {
		return trim(value);
	}

}
