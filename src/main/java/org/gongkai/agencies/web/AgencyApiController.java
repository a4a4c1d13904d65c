package org.gongkai.agencies.web;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.AgencyAdministration;
import org.gongkai.agencies.AgencyContacts;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agencies the caller may read, and changes to the disclosure-guide facts of those they administer. Another
 * agency's id answers 404 like a missing one; a change based on an outdated {@code version} answers 409.
 */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "agencies", description = "机关及其政府信息公开指南信息（条例第十二条）")
class AgencyApiController {

	private final Agencies agencies;

	private final AgencyAccess access;

	private final AgencyAdministration administration;

	AgencyApiController(Agencies agencies, AgencyAccess access, AgencyAdministration administration) {
		this.agencies = agencies;
		this.access = access;
		this.administration = administration;
	}

	/** An agency as the API shows it; {@code version} must be sent back with a change. */
	record AgencyResource(long id, Long parentId, AgencyKind kind, int version, AgencyContacts contacts) {

		static AgencyResource of(Agency agency) {
			return new AgencyResource(agency.getId(), agency.getParentId(), agency.getKind(), agency.getVersion(),
					agency.contacts());
		}

	}

	/** A change of an agency's guide facts, based on the {@code version} the client read. */
	record AgencyChange(@NotNull(message = "{agency.version.required}") Integer version,
			@NotNull(message = "{agency.contacts.required}") @Valid AgencyContacts contacts) {
	}

	@GetMapping
	@Operation(summary = "List the agencies the caller may read")
	List<AgencyResource> list() {
		StaffPrincipal caller = AgencyAccess.currentStaff();
		return agencies.findAllById(access.readableAgencies(caller))
			.stream()
			.sorted(Comparator.comparing(Agency::getId))
			.map(AgencyResource::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One agency the caller may read (404 otherwise)")
	AgencyResource get(@PathVariable long id) {
		StaffPrincipal caller = AgencyAccess.currentStaff();
		access.checkReadable(caller, id, "机关", id);
		return agencies.findById(id).map(AgencyResource::of).orElseThrow(() -> new RecordNotFound("机关", id));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace the guide facts of an administered agency (409 if version is outdated)")
	AgencyResource update(@PathVariable long id, @Valid @RequestBody AgencyChange change) {
		StaffPrincipal caller = AgencyAccess.currentStaff();
		access.checkReadable(caller, id, "机关", id);
		if (!caller.holds(Role.ADMINISTRATOR) || !access.administeredAgencies(caller).contains(id)) {
			throw new AccessDeniedException("只有管理该机关的管理员可以修改其信息");
		}
		return AgencyResource.of(administration.updateAgency(caller, id, change.version(), change.contacts()));
	}

}
