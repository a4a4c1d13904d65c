package org.gongkai.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.agencies.AgencyCreated;
import org.gongkai.agencies.AgencyDirectory;
import org.gongkai.agencies.AgencyUpdated;
import org.gongkai.disclosure.PublicEntryChanged;
import org.gongkai.portal.search.ChangeLogRead;
import org.gongkai.portal.search.IndexFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * A server-side cache of the portal's rendered pages for anonymous visitors: the home
 * page, each agency's column page and each entry page, one copy per path and language.
 * These pages are the same for every visitor, so an instance renders each once instead of
 * on every request (docs/portal.md, docs/performance.md).
 * {@code gongkai.portal.page-cache
 * .enabled=false} turns it off (the benchmark's second figure).
 * <p>
 * Only a plain {@code GET} without a query string and without a session cookie is served
 * from or stored in the cache, and only a {@code 200} HTML answer without
 * {@code Set-Cookie} and without a CSRF token is stored; the security filters still run
 * first and add their headers, and the {@code ETag} of a copy is kept with it
 * ({@link PublicPageHeaders#etag(byte[])}), so validators and {@code 304} behave as for a
 * rendered page.
 * <p>
 * When copies are dropped:
 * <ul>
 * <li>a change of the public catalogue ({@link PublicEntryChanged}) or of an agency on
 * this instance drops every copy at once, and again when its transaction completed, so
 * that a page rendered in between from the old data is not kept (a render that started
 * before a drop is not stored);</li>
 * <li>a change through another instance is seen in the search change log, which the
 * search index's {@link IndexFeed} reads for both (every
 * {@code gongkai.portal.search.poll-interval}, 0.5 s) and tells as a
 * {@link ChangeLogRead}; a copy is served only while the last read that succeeded began
 * within {@code gongkai.portal.page-cache.check-interval} (1 s), the bound for another
 * instance's change; otherwise pages are rendered and not kept;</li>
 * <li>every copy expires {@link #FRESH_FOR} after the agency list it was rendered from
 * was read ({@link AgencyDirectory#readAt()}): the bound for another instance's change of
 * an agency, and the outer bound for everything else.</li>
 * </ul>
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class PortalPageCache extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(PortalPageCache.class);

	/** How long a rendered page is served at most. */
	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private static final Pattern PAGES = Pattern.compile("/|/agencies/[0-9]{1,18}|/entries/[0-9]{1,18}");

	private static final byte[] CSRF_FIELD = "name=\"_csrf\"".getBytes(StandardCharsets.US_ASCII);

	private final Clock clock;

	private final LocaleResolver locales;

	private final Map<Key, Page> pages = new ConcurrentHashMap<>();

	private final AgencyDirectory directory;

	private final Duration bound;

	/** When the last read of the change log that succeeded began; null before one. */
	private volatile Instant watchedAt;

	private final boolean enabled;

	private final int capacity;

	/**
	 * Counts the drops; a render that saw another value when it started is not stored.
	 */
	private final AtomicLong generation = new AtomicLong();

	/**
	 * Without the change log's reader (a web slice, which has no database) nothing is
	 * cached: a copy that could not see another instance's change must not be served.
	 */
	PortalPageCache(Clock clock, LocaleResolver locales, AgencyDirectory directory, ObjectProvider<IndexFeed> feed,
			@Value("${gongkai.portal.page-cache.enabled:true}") boolean enabled,
			@Value("${gongkai.portal.page-cache.max-pages:2000}") int capacity,
			@Value("${gongkai.portal.page-cache.check-interval:PT1S}") Duration bound) {
		this.clock = clock;
		this.locales = locales;
		this.directory = directory;
		IndexFeed reader = feed.getIfAvailable();
		this.enabled = enabled && reader != null;
		this.capacity = capacity;
		this.bound = bound;
		if (this.enabled && reader.pollInterval().multipliedBy(2).compareTo(bound) > 0) {
			log.warn("The change log is read every {}, more than half the page cache's bound {}: pages are often "
					+ "rendered without the cache", reader.pollInterval(), bound);
		}
	}

	/**
	 * How long after another instance's change a copy may still be served: the last read
	 * of the change log began at most this long ago.
	 */
	Duration bound() {
		return bound;
	}

	private record Key(String path, Locale locale) {
	}

	/** A rendered page; {@code renderedAt} is when the data it shows was read. */
	private record Page(byte[] body, String contentType, String etag, Instant renderedAt) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !enabled || !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| !PAGES.matcher(request.getRequestURI()).matches() || WebUtils.getCookie(request, "SESSION") != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = locales.resolveLocale(request);
		Key key = new Key(request.getRequestURI(), locale);
		Instant now = clock.instant();
		boolean watched = watched(now);
		Page page = watched ? pages.get(key) : null;
		if (page != null && fresh(page, now)) {
			response.setContentType(page.contentType());
			response.setLocale(locale);
			response.setHeader(HttpHeaders.ETAG, page.etag());
			// The copy answers a matching If-None-Match itself (the ETag filter did not
			// for a
			// body written here).
			if (new ServletWebRequest(request, response).checkNotModified(page.etag())) {
				return;
			}
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		long startedIn = generation.get();
		// When the list the render uses was read: the one held if still fresh, else one
		// read during the render (not before now).
		Instant dataFrom = directory.readAt()
			.filter(read -> read.isBefore(now) && read.plus(FRESH_FOR).isAfter(now))
			.orElse(now);
		ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		dataFrom = directory.readAt().filter(dataFrom::isAfter).orElse(dataFrom);
		byte[] body = recorder.getContentAsByteArray();
		if (watched && recorder.getStatus() == HttpServletResponse.SC_OK && recorder.getContentType() != null
				&& recorder.getContentType().startsWith("text/html")
				&& recorder.getHeader(HttpHeaders.SET_COOKIE) == null && !contains(body, CSRF_FIELD)) {
			Page rendered = new Page(body, recorder.getContentType(), PublicPageHeaders.etag(body), dataFrom);
			recorder.setHeader(HttpHeaders.ETAG, rendered.etag());
			store(key, rendered, startedIn);
		}
		recorder.copyBodyToResponse();
	}

	/** Whether the change log was read within the bound before {@code now}. */
	private boolean watched(Instant now) {
		Instant read = watchedAt;
		return read != null && !read.isAfter(now) && read.plus(bound).isAfter(now);
	}

	/**
	 * Drops every copy when a read of the change log found a change (through any
	 * instance), and notes when the log was read.
	 */
	@EventListener
	void logRead(ChangeLogRead read) {
		if (read.changed()) {
			drop();
		}
		watchedAt = read.readAt();
	}

	private boolean fresh(Page page, Instant now) {
		return page.renderedAt().plus(FRESH_FOR).isAfter(now) && !page.renderedAt().isAfter(now);
	}

	private void store(Key key, Page page, long startedIn) {
		if (generation.get() != startedIn) {
			return;
		}
		if (pages.size() >= capacity) {
			Instant now = clock.instant();
			pages.values().removeIf(held -> !fresh(held, now));
			if (pages.size() >= capacity) {
				return;
			}
		}
		pages.put(key, page);
		// A drop between the test above and the put: take the copy out again.
		if (generation.get() != startedIn) {
			pages.remove(key, page);
		}
	}

	private static boolean contains(byte[] body, byte[] part) {
		outer: for (int i = 0; i <= body.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (body[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/** Whether a copy of the page is held (for the tests). */
	boolean holds(String path, Locale locale) {
		return pages.containsKey(new Key(path, locale));
	}

	private void drop() {
		generation.incrementAndGet();
		pages.clear();
	}

	@EventListener({ AgencyCreated.class, AgencyUpdated.class, PublicEntryChanged.class })
	void changed() {
		drop();
	}

	// Again once the change committed or rolled back, so that a page rendered in between
	// is not kept.
	@TransactionalEventListener(classes = { AgencyCreated.class, AgencyUpdated.class, PublicEntryChanged.class },
			phase = TransactionPhase.AFTER_COMPLETION)
	void changeCompleted() {
		drop();
	}

}
