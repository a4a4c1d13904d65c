package org.gongkai.agencies.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.WorkItems;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's start page, each person's work queue (待办): the groups of items every
 * module's {@link WorkItems} holds for the roles this person holds in each agency, most
 * urgent and soonest due first; then their roles and the agencies they reach.
 */
@Controller
class ConsoleController {

	/** The most items a group lists; the group links to its full list. */
	static final int GROUP_LIMIT = 10;

	private final Agencies agencies;

	private final AgencyAccess access;

	private final List<WorkItems> workItems;

	private final Clock clock;

	ConsoleController(Agencies agencies, AgencyAccess access, List<WorkItems> workItems, Clock clock) {
		this.agencies = agencies;
		this.access = access;
		this.workItems = workItems;
		this.clock = clock;
	}

	@GetMapping("/console")
	String showConsole(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		List<Agency> readable = agencies.findAllById(access.readableAgencies(staff))
			.stream()
			.sorted(Comparator.comparing(Agency::getName))
			.toList();
		WorkItems.Worker worker = worker(staff, LocalDate.now(clock));
		List<WorkItems.Group> queue = workItems.stream()
			.flatMap(source -> source.groups(worker).stream())
			.sorted(Comparator.comparingInt(WorkItems.Group::order))
			.toList();
		model.addAttribute("staff", staff);
		model.addAttribute("queue", queue);
		model.addAttribute("supervisor", staff.holds(Role.SUPERVISOR));
		model.addAttribute("agencies", readable);
		model.addAttribute("agencyNames", readable.stream().collect(Collectors.toMap(Agency::getId, Agency::getName)));
		return "console/home";
	}

	/** The person as the modules' work items see them: their agencies per role name. */
	static WorkItems.Worker worker(StaffPrincipal staff, LocalDate today) {
		Map<Role, Set<Long>> byRole = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			Set<Long> held = staff.agenciesWith(role);
			if (!held.isEmpty()) {
				byRole.put(role, held);
			}
		}
		Map<String, Set<Long>> byName = new HashMap<>();
		byRole.forEach((role, held) -> byName.put(role.name(), held));
		return new WorkItems.Worker(staff.id(), staff.username(), byName, today, GROUP_LIMIT);
	}

}
