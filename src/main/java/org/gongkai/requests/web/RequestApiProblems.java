package org.gongkai.requests.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.gongkai.requests.ApplicantTracking;
import org.gongkai.requests.InvalidApplication;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for the applications API beyond the shared ones: an application with fields in error (400, a Chinese
 * message per field) and a concurrent change (409).
 */
@RestControllerAdvice(assignableTypes = { RequestApiController.class, PublicRequestApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestApiProblems {

	private final MessageSource messages;

	RequestApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidApplication.class)
	ProblemDetail invalid(InvalidApplication e) {
		Map<String, String> fields = new LinkedHashMap<>();
		e.fieldErrors().forEach((field, key) -> fields.put(field, messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE)));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"申请有 " + fields.size() + " 处填写有误");
		problem.setTitle("字段校验失败");
		problem.setProperty("code", "request.invalid");
		problem.setProperty("fields", fields);
		return problem;
	}

	/** Rejected uploads are bad input, not conflicts: 413 too large, 415 wrong type, 400 otherwise. */
	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolated(RuleViolation e) {
		HttpStatus status = switch (e.code()) {
			case "upload.too-large" -> HttpStatus.CONTENT_TOO_LARGE;
			case "upload.type" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case "upload.empty", "upload.too-many" -> HttpStatus.BAD_REQUEST;
			default -> HttpStatus.CONFLICT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
		problem.setTitle(status == HttpStatus.CONFLICT ? "操作不符合办理规则" : "上传的文件不符合要求");
		problem.setProperty("code", e.code());
		return problem;
	}

	@ExceptionHandler(ApplicantTracking.NotVerified.class)
	ProblemDetail notVerified(ApplicantTracking.NotVerified e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("无法查询");
		return problem;
	}

	@ExceptionHandler(ApplicantTracking.TooManyAttempts.class)
	ProblemDetail tooMany(ApplicantTracking.TooManyAttempts e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
		problem.setTitle("请求过于频繁");
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"申请已被他人修改，请重新读取后再操作（If-Match 的版本已过时）");
		problem.setTitle("并发修改冲突");
		problem.setProperty("code", "request.concurrent-change");
		return problem;
	}

}
