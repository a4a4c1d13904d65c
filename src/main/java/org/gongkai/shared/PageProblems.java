package org.gongkai.shared;

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

	@ExceptionHandler(RecordNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(RecordNotFound e) {
		return page(HttpStatus.NOT_FOUND, e.getMessage());
	}

	/** A refused upload no form caught: 413, 415 or 400 as in the API. */
	@ExceptionHandler(UploadRefusal.class)
	ModelAndView uploadRefused(UploadRefusal e) {
		return page(e.status(), e.getMessage());
	}

	@ExceptionHandler(RuleViolation.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView ruleViolated(RuleViolation e) {
		return page(HttpStatus.CONFLICT, e.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView concurrentEdit(Exception e) {
		return page(HttpStatus.CONFLICT, "记录已被他人修改，请刷新后重试。");
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", status.value());
		view.addObject("message", message);
		view.setStatus(status);
		return view;
	}

}
