package org.gongkai.requests;

import java.util.Map;

/**
 * Thrown when an application's fields fail {@link ApplicationChecks}: carries each problem as a message key of the
 * {@code requests} bundle against its field. Nothing was stored.
 */
public class InvalidApplication extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidApplication(Map<String, String> fieldErrors) {
		super("申请有 " + fieldErrors.size() + " 处填写有误：" + fieldErrors.keySet());
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	/** Message keys by field name. */
	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

}
