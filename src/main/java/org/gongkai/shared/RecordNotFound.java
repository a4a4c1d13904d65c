package org.gongkai.shared;

/**
 * Thrown when a record does not exist or lies outside the caller's agencies. Both answer
 * 404 alike, so that an identifier of another agency's record reveals nothing.
 */
public class RecordNotFound extends RuntimeException {

	public RecordNotFound(String what, Object id) {
		super(what + " " + id + " 不存在或无权访问");
	}

}
