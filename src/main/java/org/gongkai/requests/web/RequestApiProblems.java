package org.gongkai.requests.web;

import org.gongkai.requests.ApplicantTracking;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details of the applications API beyond the shared ones: an applicant's tracking
 * that cannot be verified (404) or is tried too often (429).
 */
@RestControllerAdvice(assignableTypes = { RequestApiController.class, PublicRequestApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestApiProblems {

	@ExceptionHandler(ApplicantTracking.NotVerified.class)
	ProblemDetail notVerified(ApplicantTracking.NotVerified e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("无法查询");
		problem.setProperty("code", "tracking.not-verified");
		return problem;
	}

	@ExceptionHandler(ApplicantTracking.TooManyAttempts.class)
	ProblemDetail tooMany(ApplicantTracking.TooManyAttempts e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
		problem.setTitle("请求过于频繁");
		problem.setProperty("code", "tracking.too-many-attempts");
		return problem;
	}

}
