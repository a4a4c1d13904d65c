package org.gongkai.appeals.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.gongkai.appeals.InvalidAppeal;
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
 * Problem details of the appeals API beyond the shared ones: fields in error (400, a Chinese message per field),
 * rejected uploads (413, 415, 400) and a concurrent change (409).
 */
@RestControllerAdvice(assignableTypes = AppealApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AppealApiProblems {

	private final MessageSource messages;

	AppealApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidAppeal.class)
	ProblemDetail invalid(InvalidAppeal e) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (InvalidAppeal.FieldProblem problem : e.problems()) {
			fields.putIfAbsent(problem.field(),
					messages.getMessage(problem.code(), problem.args(), problem.code(), Locale.SIMPLIFIED_CHINESE));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "有 " + fields.size() + " 处填写有误");
		problem.setTitle("字段校验失败");
		problem.setProperty("code", "appeal.invalid");
		problem.setProperty("fields", fields);
		return problem;
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolated(RuleViolation e) {
		HttpStatus status = Downloads.uploadRefused(e.code());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
		problem.setTitle(status == HttpStatus.CONFLICT ? "操作不符合办理规则" : "上传的文件不符合要求");
		problem.setProperty("code", e.code());
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"案件已被他人修改，请重新读取后再操作（If-Match 的版本已过时）");
		problem.setTitle("并发修改冲突");
		problem.setProperty("code", "appeal.concurrent-change");
		return problem;
	}

}
