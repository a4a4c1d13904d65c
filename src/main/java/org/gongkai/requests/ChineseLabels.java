package org.gongkai.requests;

import java.util.ResourceBundle;

import org.gongkai.agencies.Role;
import org.gongkai.calendar.Channel;
import org.gongkai.shared.ChineseBundles;

/**
 * The Chinese names of statuses and roles for rule-violation messages (whose detail is
 * Chinese, as the API is), read from the default message bundles so that each name is
 * written once, in the bundle the pages render.
 */
final class ChineseLabels {

	private static final ResourceBundle REQUESTS = ChineseBundles.of("i18n/requests");

	private static final ResourceBundle MESSAGES = ChineseBundles.of("i18n/messages");

	private static final ResourceBundle CALENDAR = ChineseBundles.of("i18n/calendar");

	private ChineseLabels() {
	}

	static String of(RequestStatus status) {
		return REQUESTS.getString("request.status." + status.name());
	}

	static String of(Channel channel) {
		return label(CALENDAR, "calendar.channel." + channel.name(), channel.name());
	}

	static String of(DeliveryMethod delivery) {
		return label(REQUESTS, "request.delivery." + delivery.name(), delivery.name());
	}

	static String of(ConsultationKind kind) {
		return label(REQUESTS, "request.consultation." + kind.name(), kind.name());
	}

	/**
	 * The label of the document kind named {@code kind}, or the name when none is known.
	 */
	static String ofDocumentKind(String kind) {
		return label(REQUESTS, "request.document." + kind, kind);
	}

	private static String label(ResourceBundle bundle, String key, String fallback) {
		return bundle.containsKey(key) ? bundle.getString(key) : fallback;
	}

	static String of(Role role) {
		String key = "role." + role.name();
		return MESSAGES.containsKey(key) ? MESSAGES.getString(key) : role.name();
	}

}
