package org.gongkai.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Integer} parameter of an API handler as the version named by the
 * request's {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3} give 3; an
 * absent header or {@code *} give {@code null} (no check) unless {@link #required()}. A
 * missing version where one is required answers 428, a header that names no version 400
 * ({@code if-match.malformed}); a version that is no longer current answers 409
 * ({@code stale-version}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IfMatch {

	/** Whether the change must name the version it is based on. */
	boolean required() default false;

}
