package org.gongkai.agencies.web;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.shared.PublicEndpoints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.util.WebUtils;

/**
 * The Spring Session filter, passed over by the requests that cannot use a session: the
 * public anonymous API reads and the static files, when the request carries no session
 * cookie. Both are answered by chains of {@link SecurityConfiguration} that never read a
 * session and create none (no security context, request cache, CSRF token or session
 * management), so wrapping their request and response to look a session up and commit it
 * was pure cost: about a tenth of a fee quote's or a portal page's CPU (issue 12,
 * docs/performance.md). Every other request, and any request with a session cookie,
 * passes the filter as before.
 */
class SessionlessReads implements BeanPostProcessor {

	/** Static files, as {@link SecurityConfiguration#PUBLIC_READING} serves them. */
	static final String[] STATIC_FILES = { "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico" };

	private final ObjectProvider<PublicEndpoints> publicEndpoints;

	private final String cookieName;

	SessionlessReads(ObjectProvider<PublicEndpoints> publicEndpoints, String cookieName) {
		this.publicEndpoints = publicEndpoints;
		this.cookieName = cookieName;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SessionRepositoryFilter<?> sessions) {
			return new Skipping(sessions, () -> sessionless(publicEndpoints.orderedStream().toList(), cookieName));
		}
		return bean;
	}

	/**
	 * The requests passed over: a GET or HEAD without a session cookie of a public API
	 * read or a static file. Built on first use, once every module's
	 * {@link PublicEndpoints} exists.
	 */
	static RequestMatcher sessionless(List<PublicEndpoints> endpoints, String cookieName) {
		RequestMatcher reading = request -> ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				&& WebUtils.getCookie(request, cookieName) == null;
		RequestMatcher files = new OrRequestMatcher(Stream.of(STATIC_FILES)
			.map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern))
			.toArray(RequestMatcher[]::new));
		return new AndRequestMatcher(reading,
				new OrRequestMatcher(SecurityConfiguration.publicApiReads(endpoints), files));
	}

	/**
	 * The session filter with requests that match passed straight down the chain.
	 */
	static final class Skipping implements Filter {

		private final Filter sessions;

		private final Supplier<RequestMatcher> matcherSource;

		private volatile RequestMatcher matcher;

		Skipping(Filter sessions, Supplier<RequestMatcher> matcherSource) {
			this.sessions = sessions;
			this.matcherSource = matcherSource;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (request instanceof HttpServletRequest http && matcher().matches(http)) {
				chain.doFilter(request, response);
				return;
			}
			sessions.doFilter(request, response, chain);
		}

		private RequestMatcher matcher() {
			RequestMatcher known = matcher;
			if (known == null) {
				known = matcherSource.get();
				matcher = known;
			}
			return known;
		}

		@Override
		public void destroy() {
			sessions.destroy();
		}

	}

}
