package org.gongkai.shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.gongkai.shared.web.ApiPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The guards every request passes before security and the controllers, in this order:
 * {@link TrustedProxies} (the real client address), the body size limit (a body larger
 * than {@code gongkai.rate-limits.max-body-size} is refused 413 before it is read), and
 * the rate limits by path ({@link RateLimits}, 429 with {@code Retry-After}). A module
 * limits its public paths by declaring them in the settings:
 * {@code gongkai.rate-limits.limits.<name>.requests=POST /path/**} with a
 * {@code capacity} and {@code period}.
 */
@Configuration(proxyBeanMethods = false)
class RequestGuards {

	@Bean
	FilterRegistrationBean<TrustedProxies> trustedProxiesFilter(
			@Value("${gongkai.trusted-proxies:}") String trustedProxies) {
		FilterRegistrationBean<TrustedProxies> registration = new FilterRegistrationBean<>(
				new TrustedProxies(trustedProxies));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<BodyLimit> bodyLimitFilter(RateLimitProperties properties) {
		FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(
				new BodyLimit(properties.maxBodySize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<PathLimits> rateLimitFilter(RateLimits limits, RateLimitProperties properties,
			MessageSource messages) {
		FilterRegistrationBean<PathLimits> registration = new FilterRegistrationBean<>(
				new PathLimits(limits, properties, messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	static void problem(HttpServletResponse response, int status, String code, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\",\"code\":\"" + code + "\"}");
	}

	/**
	 * Refuses a body larger than the limit: at once when {@code Content-Length} says so,
	 * and otherwise (chunked) as soon as the stream passes it. Multipart uploads are left
	 * to the multipart limits, which the container also applies while reading.
	 */
	static final class BodyLimit extends OncePerRequestFilter {

		static final String EXCEEDED = BodyLimit.class.getName() + ".exceeded";

		private final long max;

		BodyLimit(long max) {
			this.max = max;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String type = request.getContentType();
			if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
				chain.doFilter(request, response);
				return;
			}
			if (request.getContentLengthLong() > max) {
				tooLarge(request, response);
				return;
			}
			chain.doFilter(new Bounded(request, max), response);
			if (request.getAttribute(EXCEEDED) != null && !response.isCommitted()) {
				response.reset();
				tooLarge(request, response);
			}
		}

		private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
			// Not reading the rest: the connection is closed after the answer. The code
			// is
			// the one of every too large upload, such as a JSON body carrying
			// attachments.
			response.setHeader(HttpHeaders.CONNECTION, "close");
			String detail = "请求体超过 " + (max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max + " 字节") + " 的上限";
			if (ApiPaths.isApi(request)) {
				problem(response, 413, "upload.too-large", "请求体过大", detail);
			}
			else {
				response.sendError(413, detail);
			}
		}

	}

	/** A request whose body stream fails once more than {@code max} bytes were read. */
	private static final class Bounded extends HttpServletRequestWrapper {

		private final long max;

		private ServletInputStream stream;

		Bounded(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				HttpServletRequest request = (HttpServletRequest) getRequest();
				stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						count(b < 0 ? 0 : 1);
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						count(Math.max(n, 0));
						return n;
					}

					private void count(int n) throws IOException {
						read += n;
						if (read > max) {
							request.setAttribute(BodyLimit.EXCEEDED, Boolean.TRUE);
							throw new IOException("request body larger than " + max + " bytes");
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}

				};
			}
			return stream;
		}

	}

	/**
	 * Applies the limits with {@code requests} to each client address; a refusal is a 429
	 * with {@code Retry-After}, as problem details on the API and the error page
	 * elsewhere. Also adds {@code Retry-After} to any other 429 (the tracking limit's)
	 * whose refusal {@link RateLimits} recorded on the request.
	 */
	static final class PathLimits extends OncePerRequestFilter {

		private record Rule(String name, String method, PathPattern pattern, RateLimits.Limit limit) {
		}

		private final RateLimits limits;

		private final MessageSource messages;

		private final List<Rule> rules = new ArrayList<>();

		PathLimits(RateLimits limits, RateLimitProperties properties, MessageSource messages) {
			this.limits = limits;
			this.messages = messages;
			for (Map.Entry<String, RateLimitProperties.Configured> limit : properties.limits().entrySet()) {
				for (String request : limit.getValue().requests()) {
					String[] parts = request.strip().split("\\s+", 2);
					String method = parts.length == 2 ? parts[0].toUpperCase(Locale.ROOT) : null;
					String path = parts.length == 2 ? parts[1] : parts[0];
					rules.add(new Rule(limit.getKey(), method, PathPatternParser.defaultInstance.parse(path),
							limit.getValue().limit()));
				}
			}
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			PathContainer path = PathContainer
				.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
			for (Rule rule : rules) {
				if ((rule.method() == null || rule.method().equals(request.getMethod()))
						&& rule.pattern().matches(path)) {
					RateLimits.Decision decision = limits.tryConsumeForClient(rule.name(), rule.limit(),
							request.getRemoteAddr());
					if (!decision.allowed()) {
						refuse(request, response, decision);
						return;
					}
				}
			}
			chain.doFilter(request, new RetryAfter(request, response));
		}

		private void refuse(HttpServletRequest request, HttpServletResponse response, RateLimits.Decision decision)
				throws IOException {
			long seconds = decision.retryAfterSeconds();
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			String wait = seconds >= 120 ? ((seconds + 59) / 60) + " 分钟" : seconds + " 秒";
			String detail = messages.getMessage("rateLimit.detail", new Object[] { wait }, "请求过于频繁，请 " + wait + "后再试。",
					Locale.SIMPLIFIED_CHINESE);
			if (ApiPaths.isApi(request)) {
				problem(response, 429, "rate-limit.exceeded", "请求过于频繁", detail);
			}
			else {
				response.sendError(429, detail);
			}
		}

	}

	/** Adds the {@code Retry-After} a refusal recorded to a 429 that lacks one. */
	private static final class RetryAfter extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		RetryAfter(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void setStatus(int status) {
			retryAfter(status);
			super.setStatus(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			retryAfter(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			retryAfter(status);
			super.sendError(status, message);
		}

		private void retryAfter(int status) {
			Object seconds = request.getAttribute(RateLimits.RETRY_AFTER);
			if (status == 429 && seconds != null && !containsHeader(HttpHeaders.RETRY_AFTER)) {
				setHeader(HttpHeaders.RETRY_AFTER, seconds.toString());
			}
		}

	}

}
