package org.gongkai.shared;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The default (Chinese) message bundles, read without Spring: for texts that domain code
 * writes in Chinese whatever the request's language, such as a rule violation's detail or
 * a term's name in the JSON API, so that each name is written once, in the bundle the
 * pages render.
 */
public final class ChineseBundles {

	private ChineseBundles() {
	}

	/**
	 * The bundle {@code baseName} (such as {@code i18n/requests}) in its default
	 * language, never falling back to the JVM's locale.
	 */
	public static ResourceBundle of(String baseName) {
		return ResourceBundle.getBundle(baseName, Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
