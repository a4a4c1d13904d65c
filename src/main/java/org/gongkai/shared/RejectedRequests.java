package org.gongkai.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.shared.web.ApiPaths;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request the security firewall refuses before any handler (a control character
 * in a header, an encoded NUL or a malformed path) with 400 and a Chinese message: the
 * API as {@code application/problem+json} with code {@value #CODE}, pages through the
 * error page. Spring Security uses the one bean of this type for every filter chain.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

	static final String CODE = "request.rejected";

	static final String DETAIL = "请求含有不允许的字符或格式（如控制字符、空字符或不规范的路径），已被拒绝";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		if (ApiPaths.isApi(request)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"请求格式错误\",\"status\":400,\"detail\":\"" + DETAIL
						+ "\",\"code\":\"" + CODE + "\"}");
			return;
		}
		response.sendError(HttpStatus.BAD_REQUEST.value(), DETAIL);
	}

}
