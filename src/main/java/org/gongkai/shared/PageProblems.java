package org.gongkai.shared;

import java.util.Locale;
import java.util.stream.Collectors;

import org.gongkai.shared.web.ErrorPageLayout;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** Renders domain errors of HTML pages as the Chinese error page with a 4xx status. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Input no form caught (a forbidden character in any parameter, a field a page does
	 * not show): 400 with each problem in the bundle's words.
	 */
	@ExceptionHandler(InvalidInput.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView invalidInput(InvalidInput e) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = e.problems().stream().map(problem -> {
			String fallback = problem.message() != null ? problem.message() : problem.code();
			return messages.getMessage(problem.code(), problem.args().toArray(), fallback, locale);
		}).distinct().collect(Collectors.joining("；"));
		return ErrorPageLayout.page(HttpStatus.BAD_REQUEST, message);
	}

	/** The net under the boundary's checks, as in the API ({@link ApiProblems}). */
	@ExceptionHandler(DataAccessException.class)
	ModelAndView refusedByDatabase(DataAccessException e) throws DataAccessException {
		if (!TextInput.refusedAsData(e)) {
			throw e;
		}
		return ErrorPageLayout.page(HttpStatus.BAD_REQUEST,
				messages.getMessage(TextInput.REJECTED, null, LocaleContextHolder.getLocale()));
	}

	/** A value a page's service refuses as out of range (a year, a limit): 400. */
	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badArgument(IllegalArgumentException e) {
		return ErrorPageLayout.page(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(RecordNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(RecordNotFound e) {
		return ErrorPageLayout.page(HttpStatus.NOT_FOUND, e.getMessage());
	}

	/** A refused upload no form caught: 413, 415 or 400 as in the API. */
	@ExceptionHandler(UploadRefusal.class)
	ModelAndView uploadRefused(UploadRefusal e) {
		return ErrorPageLayout.page(e.status(), e.getMessage());
	}

	@ExceptionHandler(RuleViolation.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView ruleViolated(RuleViolation e) {
		return ErrorPageLayout.page(HttpStatus.CONFLICT, e.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView concurrentEdit(Exception e) {
		return ErrorPageLayout.page(HttpStatus.CONFLICT, "记录已被他人修改，请刷新后重试。");
	}

}
