package org.gongkai.requests;

/** The form in which the applicant wants the information (Article 29 (三), Article 40). */
public enum FormWanted {

	/** 纸质. */
	PAPER,
	/** 电子. */
	ELECTRONIC

}
