package org.gongkai.portal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Validators and a short public cache life for the portal's anonymous pages: an
 * {@code ETag} over the page's bytes, {@code 304 Not Modified} when the visitor's copy is
 * the same, and {@code Cache-Control: public, max-age=60} (the language is a cookie, so
 * caches keep a copy per {@code Cookie}). Errors are not cached. Pages with forms or
 * personal data ({@code /apply}, {@code /track}) are not the portal's and keep the
 * security filters' {@code no-store}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 110)
class PublicPageHeaders extends ShallowEtagHeaderFilter {

	/** How long a visitor or a proxy may reuse a page without asking. */
	static final String CACHE_CONTROL = "public, max-age=60";

	private static final List<PathPattern> PAGES = List
		.of("/", "/agencies/**", "/entries/**", "/search", "/sitemap.xml", "/robots.txt")
		.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		var path = org.springframework.http.server.PathContainer.parsePath(request.getRequestURI());
		return PAGES.stream().noneMatch(pattern -> pattern.matches(path));
	}

	/**
	 * The page's validator from two CRCs of its bytes (CRC-32C and CRC-32, both computed
	 * by the processor's own instructions) and its length, instead of the filter's MD5:
	 * the hash was 9 % of a column page's CPU (docs/performance.md). A validator only has
	 * to change when a page's bytes do; 64 bits of checksum and the length do that for
	 * content nobody crafts against it.
	 */
	@Override
	protected String generateETagHeaderValue(InputStream in, boolean isWeak) throws IOException {
		CRC32C first = new CRC32C();
		CRC32 second = new CRC32();
		byte[] buffer = new byte[8192];
		long length = 0;
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			first.update(buffer, 0, read);
			second.update(buffer, 0, read);
			length += read;
		}
		return etag(first.getValue(), second.getValue(), length);
	}

	/** The validator {@link #generateETagHeaderValue} gives the bytes. */
	static String etag(byte[] body) {
		CRC32C first = new CRC32C();
		first.update(body);
		CRC32 second = new CRC32();
		second.update(body);
		return etag(first.getValue(), second.getValue(), body.length);
	}

	private static String etag(long first, long second, long length) {
		return "\"" + Long.toHexString(first << 32 | second) + "-" + Long.toHexString(length) + "\"";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, "Cookie");
		super.doFilterInternal(request, new NoCacheOnError(response), chain);
	}

	/** Turns the public cache life off when the page is an error. */
	private static final class NoCacheOnError extends jakarta.servlet.http.HttpServletResponseWrapper {

		NoCacheOnError(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int status) {
			super.setStatus(status);
			noCacheIfError(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			noCacheIfError(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			noCacheIfError(status);
			super.sendError(status, message);
		}

		private void noCacheIfError(int status) {
			if (status >= 400) {
				setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			}
		}

	}

}
