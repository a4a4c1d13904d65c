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
import org.gongkai.shared.IfMatch;
import org.gongkai.shared.RecordNotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agencies the caller may read, and changes to the disclosure-guide facts of those
 * they administer. Another agency's id answers 404 like a missing one. A change names the
 * version it is based on in {@code If-Match} (the {@code ETag} of the read): without it
 * 428, when outdated 409.
 */
@RestController
@RequestMapping(path = "/api/v1/agencies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "机关", description = "机关及其政府信息公开指南信息（条例第十二条）")
class AgencyApiController {

	private final Agencies agencies;

	private final AgencyAccess access;

	private final AgencyAdministration administration;

	AgencyApiController(Agencies agencies, AgencyAccess access, AgencyAdministration administration) {
		this.agencies = agencies;
		this.access = access;
		this.administration = administration;
	}

	/** An agency as the API shows it; {@code version} is also its {@code ETag}. */
	record AgencyResource(long id, Long parentId, AgencyKind kind, int version, AgencyContacts contacts) {

		static AgencyResource of(Agency agency) {
			return new AgencyResource(agency.getId(), agency.getParentId(), agency.getKind(), agency.getVersion(),
					agency.contacts());
		}

	}

	/** A change of an agency's guide facts. */
	record AgencyChange(@NotNull(message = "{agency.contacts.required}") @Valid AgencyContacts contacts) {
	}

	@GetMapping
	@Operation(summary = "可查看的机关列表")
	List<AgencyResource> list(@AuthenticationPrincipal StaffPrincipal caller) {
		return agencies.findAllById(access.readableAgencies(caller))
			.stream()
			.sorted(Comparator.comparing(Agency::getId))
			.map(AgencyResource::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "一个机关", description = "仅限可查看的机关，否则 404。ETag 为版本号。")
	ResponseEntity<AgencyResource> get(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal caller) {
		access.checkReadable(caller, id, "机关", id);
		AgencyResource agency = agencies.findById(id)
			.map(AgencyResource::of)
			.orElseThrow(() -> new RecordNotFound("机关", id));
		return ResponseEntity.ok().eTag(Integer.toString(agency.version())).body(agency);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "修改机关的公开指南信息", description = "整体替换所管理机关的指南信息；须以 If-Match 给出读取时的版本号，版本已过时返回 409。")
	ResponseEntity<AgencyResource> update(@PathVariable long id, @Valid @RequestBody AgencyChange change,
			@IfMatch(required = true) Integer version, @AuthenticationPrincipal StaffPrincipal caller) {
		access.checkReadable(caller, id, "机关", id);
		if (!caller.holds(Role.ADMINISTRATOR) || !access.administeredAgencies(caller).contains(id)) {
			throw new AccessDeniedException("只有管理该机关的管理员可以修改其信息");
		}
		AgencyResource agency = AgencyResource.of(administration.updateAgency(caller, id, version, change.contacts()));
		return ResponseEntity.ok().eTag(Integer.toString(agency.version())).body(agency);
	}

}
