package org.gongkai.shared;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One module's part of a staff member's work queue (待办), the console home: the groups of
 * items that person can act on now, each item linked to the page where it is acted on.
 * The console collects every module's bean, as it does {@link ConsoleNotice.Source}s.
 * Called on each visit of the console home, so an implementation reads each group with
 * one limited query and only in the agencies where the person holds the acting role.
 */
public interface WorkItems {

	/**
	 * The groups of {@code worker}'s queue this module holds; empty groups are left out.
	 */
	List<Group> groups(Worker worker);

	/**
	 * Who asks, as the console knows them: their roles per agency by role name (as the
	 * agencies module names its roles, {@code HANDLER}, {@code SUPERVISOR}, ...).
	 *
	 * @param staffId the staff member's identifier
	 * @param username their sign-in name
	 * @param agenciesByRole for each role they hold, the agencies they hold it in
	 * @param today the day of the queue (Beijing time)
	 * @param limit the most items a group lists
	 */
	record Worker(long staffId, String username, Map<String, Set<Long>> agenciesByRole, LocalDate today, int limit) {

		public Worker {
			agenciesByRole = Map.copyOf(agenciesByRole);
		}

		/** The agencies where this person holds {@code role}; empty when none. */
		public Set<Long> agenciesWith(String role) {
			return agenciesByRole.getOrDefault(role, Set.of());
		}

	}

	/**
	 * A group of the queue, such as the handler's cases or the registrar's submissions to
	 * confirm.
	 *
	 * @param key the message key of its heading ({@code <module>.work.<group>})
	 * @param order where it stands on the page, smaller first
	 * @param items the items, at most the worker's limit, soonest due first
	 * @param more whether more items wait than are listed
	 * @param link the full list where all of them are, or {@code null}
	 */
	record Group(String key, int order, List<Item> items, boolean more, String link) {

		public Group {
			items = List.copyOf(items);
		}

		/**
		 * A group of {@code found} items, of which the first {@code limit} are listed.
		 */
		public static Group of(String key, int order, List<Item> found, int limit, String link) {
			List<Item> sorted = found.stream().sorted(Item.BY_URGENCY).toList();
			return new Group(key, order, sorted.size() > limit ? sorted.subList(0, limit) : sorted,
					sorted.size() > limit, link);
		}

		/** How many items are listed. */
		public int count() {
			return items.size();
		}

	}

	/**
	 * One thing to act on.
	 *
	 * @param title what it is, such as an application's code and title
	 * @param detail a second line (the agency, the state), already localised, or
	 * {@code null}
	 * @param link where it is acted on
	 * @param due the day it is due, or {@code null} without a term
	 * @param urgency the deadline colour
	 * @param label the badge's text, already localised, or {@code null}
	 */
	record Item(String title, String detail, String link, LocalDate due, Urgency urgency, String label) {

		/** Most urgent first, then by due date (none last), then by title. */
		public static final Comparator<Item> BY_URGENCY = Comparator.comparing(Item::urgency)
			.thenComparing(Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Item::title, Comparator.nullsLast(Comparator.naturalOrder()));

	}

	/**
	 * How urgent an item is, most urgent first; the CSS class of its badge (the classes
	 * of fragments/badges.html) is {@link #cssClass()}.
	 */
	enum Urgency {

		/** Past its term. */
		LATE,
		/** Its term ends within a few working days. */
		SOON,
		/** Sent back: a returned draft, an answer awaited. */
		RETURNED,
		/** Running with time left. */
		OK,
		/** The clock stands still. */
		PAUSED,
		/** No term. */
		NONE;

		public String cssClass() {
			return switch (this) {
				case LATE -> "late";
				case SOON, RETURNED -> "soon";
				case OK -> "ok";
				case PAUSED -> "paused";
				case NONE -> "";
			};
		}

	}

}
