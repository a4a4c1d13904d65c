package org.gongkai.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns domain and input errors of the JSON API into {@code application/problem+json}
 * responses with a 4xx status, a stable {@code code} naming the rule and a Chinese
 * explanation. Only controllers annotated {@code @RestController} are advised; pages
 * handle their own.
 */
@RestControllerAdvice(annotations = RestController.class)
// Before Spring's generic problem handler, whose details are English, and after the
// modules' own handlers, which
// answer exceptions of their own.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiProblems {

	/**
	 * The one code of a change based on a version that is no longer current, whatever the
	 * record.
	 */
	static final String STALE_VERSION = "stale-version";

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput e) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (InvalidInput.FieldProblem problem : e.problems()) {
			String fallback = problem.message() != null ? problem.message() : problem.code();
			fields.putIfAbsent(problem.field(),
					messages.getMessage(problem.code(), problem.args().toArray(), fallback, Locale.SIMPLIFIED_CHINESE));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				fields.size() == 1 ? fields.values().iterator().next() : "有 " + fields.size() + " 处填写有误");
		problem.setTitle("字段校验失败");
		problem.setProperty("code", e.code());
		problem.setProperty("fields", fields);
		problem.setProperty("codes", e.problems().stream().map(InvalidInput.FieldProblem::code).distinct().toList());
		return problem;
	}

	/**
	 * The net under the boundary's checks: a value the database refused as data (too
	 * long, a character it cannot store) is the client's error, 400, and nothing was
	 * stored. Any other data-access failure stays a server error.
	 */
	@ExceptionHandler(DataAccessException.class)
	ProblemDetail refusedByDatabase(DataAccessException e) throws DataAccessException {
		if (!TextInput.refusedAsData(e)) {
			throw e;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(TextInput.REJECTED, null, Locale.SIMPLIFIED_CHINESE));
		problem.setTitle("请求参数有误");
		problem.setProperty("code", TextInput.REJECTED);
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleVersion(OptimisticLockingFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"记录已被他人修改（If-Match 的版本已过时），本次修改未保存；请重新读取后再提交");
		problem.setTitle("修改冲突");
		problem.setProperty("code", STALE_VERSION);
		return problem;
	}

	@ExceptionHandler(IfMatchResolver.Refused.class)
	ProblemDetail ifMatchRefused(IfMatchResolver.Refused e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
		problem.setTitle(e.status() == HttpStatus.PRECONDITION_REQUIRED ? "缺少版本号" : "请求头格式错误");
		problem.setProperty("code", e.code());
		return problem;
	}

	@ExceptionHandler(UploadRefusal.class)
	ProblemDetail uploadRefused(UploadRefusal e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
		problem.setTitle("上传的文件不符合要求");
		problem.setProperty("code", e.code());
		return problem;
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolated(RuleViolation e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("操作不符合办理规则");
		problem.setProperty("code", e.code());
		return problem;
	}

	@ExceptionHandler(RecordNotFound.class)
	ProblemDetail notFound(RecordNotFound e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("记录不存在");
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("请求参数有误");
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"参数 " + e.getName() + " 的值无效：" + e.getValue());
		problem.setTitle("请求参数有误");
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JsonTextCheck.Refused) {
				String field = e.getCause() instanceof JacksonException jackson ? path(jackson) : "";
				return invalidInput(InvalidInput.of(field, TextInput.CHARACTERS, field));
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON，或字段类型不符");
		problem.setTitle("请求格式错误");
		return problem;
	}

	/** The JSON property a reading error concerns, such as {@code application.name}. */
	private static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException e) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : e.getBindingResult().getFieldErrors()) {
			fields.putIfAbsent(error.getField(), error.getDefaultMessage());
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"有 " + fields.size() + " 个字段填写有误");
		problem.setTitle("字段校验失败");
		problem.setProperty("fields", fields);
		return problem;
	}

}
