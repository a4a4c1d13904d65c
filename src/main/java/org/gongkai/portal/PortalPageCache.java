package org.gongkai.portal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.agencies.AgencyCreated;
import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.agencies.AgencyUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * A ten-second page cache of the portal's home page for anonymous visitors, one copy per
 * language: the busiest page of the site is the same for every visitor, so rendering it
 * once every ten seconds instead of on every request multiplies what one instance serves
 * (docs/performance.md).
 * <p>
 * Only a plain {@code GET /} without a session cookie and without {@code ?lang=} is
 * served from the cache; the security filters still run first and add their headers. A
 * change of an agency on this instance drops the copies at once; another instance's
 * change shows within {@link #FRESH_FOR}: a copy expires that long after the agency list
 * it was rendered from was read ({@link AgencyDirectory#readAt()}), so the page cache and
 * the directory's cache do not add up to twice the bound.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class PortalPageCache extends OncePerRequestFilter {

	/** How long a rendered home page is served. */
	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private final Clock clock;

	private final LocaleResolver locales;

	private final Map<Locale, Page> pages = new ConcurrentHashMap<>();

	private final AgencyDirectory directory;

	PortalPageCache(Clock clock, LocaleResolver locales, AgencyDirectory directory) {
		this.clock = clock;
		this.locales = locales;
		this.directory = directory;
	}

	/** A rendered page; {@code renderedAt} is when the data it shows was read. */
	private record Page(byte[] body, String contentType, Instant renderedAt) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !"/".equals(request.getRequestURI())
				|| request.getQueryString() != null || WebUtils.getCookie(request, "SESSION") != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = locales.resolveLocale(request);
		Page page = pages.get(locale);
		Instant now = clock.instant();
		if (page != null && page.renderedAt().plus(FRESH_FOR).isAfter(now) && !page.renderedAt().isAfter(now)) {
			response.setContentType(page.contentType());
			response.setLocale(locale);
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		// When the list the render uses was read: the one held if still fresh, else one
		// read during the render (not before now).
		Instant dataFrom = directory.readAt()
			.filter(read -> read.isBefore(now) && read.plus(FRESH_FOR).isAfter(now))
			.orElse(now);
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		dataFrom = directory.readAt().filter(dataFrom::isAfter).orElse(dataFrom);
		if (recorder.getStatus() == HttpServletResponse.SC_OK && recorder.getContentType() != null
				&& recorder.getContentType().startsWith("text/html") && recorder.getHeader("Set-Cookie") == null) {
			pages.put(locale, new Page(recorder.getContentAsByteArray(), recorder.getContentType(), dataFrom));
		}
		recorder.copyBodyToResponse();
	}

	@EventListener({ AgencyCreated.class, AgencyUpdated.class })
	void agencyChanged() {
		pages.clear();
	}

	// Again once the change committed or rolled back, so that a page rendered in between
	// is not kept.
	@TransactionalEventListener(classes = { AgencyCreated.class, AgencyUpdated.class },
			phase = TransactionPhase.AFTER_COMPLETION)
	void agencyChangeCompleted() {
		pages.clear();
	}

}
