package org.gongkai.agencies.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.agencies.ApiTokens;
import org.gongkai.shared.PublicEndpoints;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The filter chains. The JSON API under {@code /api/**} is stateless, authenticated by
 * personal API tokens and answers 401/403 as problem details; its public anonymous reads
 * (a GET without a token of a public API path, such as the fee quote) take a shorter
 * chain of their own. Everything else is the web: form sign-in for {@code /console/**},
 * CSRF on every form, sessions in the database (so any instance serves any request), and
 * a short chain for reading the portal. Only the paths that modules declare as
 * {@link PublicEndpoints} are reachable without sign-in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The browser features no page of the platform uses, switched off for every page so
	 * that an injected script or a framed page cannot ask for them.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
			+ "browsing-topics=()";

	/** Console pages only administrators open. */
	static final String[] ADMINISTRATION = { "/console/agencies/**", "/console/staff/**", "/console/audit/**" };

	@Bean
	PublicEndpoints platformPublicEndpoints() {
		return PublicEndpoints.of("platform", "/login", "/logout", "/error", "/css/**", "/js/**", "/img/**",
				"/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
				"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
	}

	/**
	 * No observation (tracing spans, timers) around each security filter: nothing
	 * collects them here, and wrapping every filter of every request cost the portal a
	 * noticeable share of its throughput.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Public anonymous reads of the API: a GET or HEAD without an {@code Authorization}
	 * header of a path a module declares public under {@code /api/}. They are answered
	 * through a chain with the API's headers and nothing else: no security context
	 * (nobody is to be recognised: the request carries no token, and the chain never
	 * reads a session), no session (an anonymous read must not create one, and none is
	 * looked up), no request cache, no anonymous token, no CSRF (a GET changes nothing;
	 * every public GET is a read), no servlet API wrapper. Safe because the matcher is
	 * narrower than the API chain's own permitAll: the same public paths, reads only, and
	 * only without a token, so a request with a token still passes {@link ApiTokenFilter}
	 * in {@link #api}, and every write keeps the full chain. The fee quote answers
	 * thousands of these a second (issue 12; docs/performance.md, fee quotes).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain publicApiReading(HttpSecurity http, List<PublicEndpoints> publicEndpoints) throws Exception {
		anonymousReading(http.securityMatcher(publicApiReads(publicEndpoints)))
			.servletApi(servletApi -> servletApi.disable())
			.logout(logout -> logout.disable())
			.headers(SecurityConfiguration::apiHeaders);
		return http.build();
	}

	/**
	 * What the two reading chains share: anyone may read, and nothing of a visitor is
	 * looked up or kept (no CSRF token, request cache, security context, session or
	 * anonymous authentication).
	 */
	private static HttpSecurity anonymousReading(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.sessionManagement(session -> session.disable())
			.anonymous(anonymous -> anonymous.disable());
	}

	/**
	 * No HTTP server observation (timer, long task timer, trace) of the public anonymous
	 * API reads: a fee quote costs a few microseconds of arithmetic, and the observation
	 * of each request cost more than the quote (docs/performance.md, fee quotes). Every
	 * other request keeps its {@code http.server.requests} metrics.
	 */
	@Bean
	ObservationPredicate noObservationOfPublicApiReads(List<PublicEndpoints> publicEndpoints) {
		RequestMatcher reads = publicApiReads(publicEndpoints);
		return (name, context) -> !(context instanceof ServerRequestObservationContext server
				&& reads.matches(server.getCarrier()));
	}

	/**
	 * GET and HEAD without an {@code Authorization} header of the public paths under
	 * {@code /api/}.
	 */
	static RequestMatcher publicApiReads(List<PublicEndpoints> publicEndpoints) {
		RequestMatcher reading = request -> ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null;
		RequestMatcher[] paths = patterns(publicEndpoints).filter(pattern -> pattern.startsWith("/api/"))
			.map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern))
			.toArray(RequestMatcher[]::new);
		return paths.length == 0 ? request -> false : new AndRequestMatcher(reading, new OrRequestMatcher(paths));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, List<PublicEndpoints> publicEndpoints)
			throws Exception {
		String[] open = patterns(publicEndpoints).filter(pattern -> pattern.startsWith("/api/")).toArray(String[]::new);
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(authorize -> {
				if (open.length > 0) {
					authorize.requestMatchers(open).permitAll();
				}
				authorize.anyRequest().authenticated();
			})
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> problem(response, 401, "未认证",
						"请在 Authorization 头中提供有效的 API 令牌（Bearer gk_…）"))
				.accessDeniedHandler((request, response, e) -> problem(response, 403, "无权访问", "当前令牌的角色不允许此操作")))
			.headers(SecurityConfiguration::apiHeaders);
		return http.build();
	}

	private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
			.permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY));
	}

	/**
	 * Reading the portal (home page, columns, entries, search, feeds, sitemap) and static
	 * files, and the 404 of an address nobody serves: a short chain with the same headers
	 * but without sign-in, session, security context or CSRF machinery, which a GET of
	 * public content never needs (the portal's pages show nothing of the person and hold
	 * no form that posts). An anonymous visitor gets no session and no cookie, and the
	 * pages that take most of the traffic skip the session store.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain publicReading(HttpSecurity http) throws Exception {
		RequestMatcher reading = request -> "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		RequestMatcher unserved = request -> request.getAttribute(PublicEndpoints.UNSERVED) != null;
		http.securityMatcher(new AndRequestMatcher(reading,
				new OrRequestMatcher(unserved,
						new OrRequestMatcher(Stream.of(PUBLIC_READING)
							.map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern))
							.toArray(RequestMatcher[]::new)))));
		anonymousReading(http).headers(SecurityConfiguration::pageHeaders);
		return http.build();
	}

	/** GET paths served by {@link #publicReading}. */
	static final String[] PUBLIC_READING = { "/", "/agencies/**", "/entries/**", "/search", "/sitemap.xml",
			"/robots.txt", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico" };

	private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY))
			.frameOptions(frame -> frame.deny());
	}

	/**
	 * Who may read {@code /actuator/prometheus}: callers from these networks only (the
	 * monitoring server on the internal network; the reverse proxy also refuses the
	 * path). Behind a proxy the address is the client's, from {@code X-Forwarded-For}.
	 */
	static AuthorizationManager<RequestAuthorizationContext> internalNetwork(String networks) {
		List<IpAddressMatcher> allowed = Stream.of(networks.split(","))
			.map(String::strip)
			.filter(network -> !network.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
		return (authentication, context) -> new AuthorizationDecision(
				allowed.stream().anyMatch(network -> network.matches(context.getRequest().getRemoteAddr())));
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
			@Value("${gongkai.metrics.allowed-networks}") String metricsNetworks) throws Exception {
		String[] open = patterns(publicEndpoints).filter(pattern -> !pattern.startsWith("/api/"))
			.toArray(String[]::new);
		http.authorizeHttpRequests(authorize -> authorize.requestMatchers("/actuator/prometheus")
			.access(internalNetwork(metricsNetworks))
			.requestMatchers(open)
			.permitAll()
			// Administration pages: the role is checked here, the agency of every record
			// in AgencyAdministration.
			.requestMatchers(ADMINISTRATION)
			.hasRole("ADMINISTRATOR")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/console", false)
				.failureHandler(new SignInFailureAnswer())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
				// A stale session cookie means the session timed out: say so, rather than
				// a bare sign-in page.
				boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
				response.sendRedirect(request.getContextPath() + (expired ? "/login?expired" : "/login"));
			}))
			.headers(SecurityConfiguration::pageHeaders);
		return http.build();
	}

	private static Stream<String> patterns(List<PublicEndpoints> publicEndpoints) {
		return publicEndpoints.stream().flatMap(endpoints -> endpoints.patterns().stream()).distinct();
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
