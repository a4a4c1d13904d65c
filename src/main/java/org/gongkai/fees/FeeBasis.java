package org.gongkai.fees;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * How a fee is counted (Article 3 of 国办函〔2020〕109号): per application (按件) or per page
 * (按量). Each application is charged under one of them, never both.
 */
@NamedInterface("api")
public enum FeeBasis {

	/**
	 * 按件计收: the applicant's applications in a calendar month, counted across agencies.
	 */
	PER_APPLICATION("per-application"),

	/** 按量计收: the pages provided for one application. */
	PER_PAGE("per-page");

	private final String parameter;

	FeeBasis(String parameter) {
		this.parameter = parameter;
	}

	/** The name in URLs and JSON, such as {@code per-application}. */
	public String parameter() {
		return parameter;
	}

	/** The basis named {@code parameter} in a URL, if any. */
	public static Optional<FeeBasis> ofParameter(String parameter) {
		return Arrays.stream(values()).filter(basis -> basis.parameter.equals(parameter)).findFirst();
	}

}
