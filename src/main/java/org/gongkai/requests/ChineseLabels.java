package org.gongkai.requests;

import java.util.Locale;
import java.util.ResourceBundle;

import org.gongkai.agencies.Role;

/**
 * The Chinese names of statuses and roles for rule-violation messages (whose detail is
 * Chinese, as the API is), read from the default message bundles so that each name is
 * written once, in the bundle the pages render.
 */
final class ChineseLabels {

	private static final ResourceBundle REQUESTS = chinese("i18n/requests");

	private static final ResourceBundle MESSAGES = chinese("i18n/messages");

	private ChineseLabels() {
	}

	static String of(RequestStatus status) {
		return REQUESTS.getString("request.status." + status.name());
	}

	static String of(Role role) {
		String key = "role." + role.name();
		return MESSAGES.containsKey(key) ? MESSAGES.getString(key) : role.name();
	}

	private static ResourceBundle chinese(String baseName) {
		return ResourceBundle.getBundle(baseName, Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
