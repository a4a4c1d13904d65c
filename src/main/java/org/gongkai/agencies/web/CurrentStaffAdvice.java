package org.gongkai.agencies.web;

import java.util.AbstractList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.agencies.RoleGrant;
import org.gongkai.agencies.StaffNotices;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.ConsoleNotice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in staff member and their role names, for the console
 * navigation.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentStaffAdvice {

	private final List<ConsoleNotice.Source> noticeSources;

	private final List<StaffNotices> staffNotices;

	CurrentStaffAdvice(List<ConsoleNotice.Source> noticeSources, List<StaffNotices> staffNotices) {
		this.noticeSources = noticeSources;
		this.staffNotices = staffNotices;
	}

	/**
	 * Notices of every module for console pages, only for signed-in staff and only
	 * computed when a page's header reads them: this advice also runs before every API
	 * call and every htmx fragment, which never show them.
	 */
	@ModelAttribute("consoleNotices")
	List<ConsoleNotice> consoleNotices(@AuthenticationPrincipal StaffPrincipal staff) {
		if (staff == null) {
			return List.of();
		}
		return new LazyNotices(() -> Stream
			.concat(noticeSources.stream().flatMap(source -> source.notices().stream()),
					staffNotices.stream().flatMap(source -> source.notices(staff).stream()))
			.toList());
	}

	/** A list read from its source on first use. */
	static final class LazyNotices extends AbstractList<ConsoleNotice> {

		private final Supplier<List<ConsoleNotice>> source;

		private List<ConsoleNotice> notices;

		LazyNotices(Supplier<List<ConsoleNotice>> source) {
			this.source = source;
		}

		private List<ConsoleNotice> notices() {
			if (notices == null) {
				notices = source.get();
			}
			return notices;
		}

		@Override
		public ConsoleNotice get(int index) {
			return notices().get(index);
		}

		@Override
		public int size() {
			return notices().size();
		}

	}

	@ModelAttribute("currentStaff")
	StaffPrincipal currentStaff(@AuthenticationPrincipal StaffPrincipal staff) {
		return staff;
	}

	@ModelAttribute("currentRoles")
	Set<String> currentRoles(@AuthenticationPrincipal StaffPrincipal staff) {
		return staff == null ? Set.of()
				: staff.grants().stream().map(RoleGrant::role).map(Enum::name).collect(Collectors.toSet());
	}

}
