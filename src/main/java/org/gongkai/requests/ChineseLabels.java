package org.gongkai.requests;

import java.util.ResourceBundle;

import org.gongkai.agencies.Role;
import org.gongkai.shared.ChineseBundles;

/**
 * The Chinese names of statuses and roles for rule-violation messages (whose detail is
 * Chinese, as the API is), read from the default message bundles so that each name is
 * written once, in the bundle the pages render.
 */
final class ChineseLabels {

	private static final ResourceBundle REQUESTS = ChineseBundles.of("i18n/requests");

	private static final ResourceBundle MESSAGES = ChineseBundles.of("i18n/messages");

	private ChineseLabels() {
	}

	static String of(RequestStatus status) {
		return REQUESTS.getString("request.status." + status.name());
	}

	static String of(Role role) {
		String key = "role." + role.name();
		return MESSAGES.containsKey(key) ? MESSAGES.getString(key) : role.name();
	}

}
