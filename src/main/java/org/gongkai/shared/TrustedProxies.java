package org.gongkai.shared;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Honours forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host},
 * {@code -Port}, {@code -Prefix}) only on requests that come from a configured proxy
 * address ({@code gongkai.trusted-proxies}); from anyone else they are removed before any
 * other code sees them, so a client can neither choose the address its rate limits are
 * counted under nor the host a redirect points to. The client's address is the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy (a proxy that appends
 * cannot be fooled by what the client put in front). {@code Forwarded} (RFC 7239) is not
 * read.
 */
class TrustedProxies extends OncePerRequestFilter {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private final List<IpAddressMatcher> proxies;

	private final ForwardedHeaderFilter honour = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter strip = new ForwardedHeaderFilter();

	TrustedProxies(String proxies) {
		this.proxies = Stream.of(proxies == null ? new String[0] : proxies.split(","))
			.map(String::strip)
			.filter(proxy -> !proxy.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
		this.strip.setRemoveOnly(true);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isTrusted(request.getRemoteAddr())) {
			honour.doFilter(new ClientOnly(request, client(request.getHeaders(FORWARDED_FOR))), response,
					(forwarded, answer) -> chain.doFilter(new Unbracketed((HttpServletRequest) forwarded), answer));
		}
		else {
			strip.doFilter(request, response, chain);
		}
	}

	boolean isTrusted(String address) {
		if (address == null || proxies.isEmpty()) {
			return false;
		}
		try {
			return proxies.stream().anyMatch(proxy -> proxy.matches(address));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/**
	 * The right-most address of the {@code X-Forwarded-For} chain that is not a trusted
	 * proxy, or {@code null} when there is none.
	 */
	String client(Enumeration<String> headers) {
		List<String> hops = Collections.list(headers)
			.stream()
			.flatMap(header -> Stream.of(header.split(",")))
			.map(String::strip)
			.filter(hop -> !hop.isEmpty())
			.toList();
		for (int i = hops.size() - 1; i >= 0; i--) {
			if (!isTrusted(hops.get(i)) || i == 0) {
				return hops.get(i);
			}
		}
		return null;
	}

	/**
	 * The client's IPv6 address as the container gives one, without the brackets that
	 * {@link ForwardedHeaderFilter} puts around it.
	 */
	private static final class Unbracketed extends HttpServletRequestWrapper {

		Unbracketed(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getRemoteAddr() {
			return unbracketed(super.getRemoteAddr());
		}

		@Override
		public String getRemoteHost() {
			return unbracketed(super.getRemoteHost());
		}

		private static String unbracketed(String address) {
			return address != null && address.startsWith("[") && address.endsWith("]")
					? address.substring(1, address.length() - 1) : address;
		}

	}

	/**
	 * The request as the trusted proxy passed it, with {@code X-Forwarded-For} reduced to
	 * the client's address and no {@code Forwarded} header.
	 */
	private static final class ClientOnly extends HttpServletRequestWrapper {

		private final String client;

		ClientOnly(HttpServletRequest request, String client) {
			super(request);
			this.client = client;
		}

		@Override
		public String getHeader(String name) {
			return switch (name.toLowerCase(Locale.ROOT)) {
				case "x-forwarded-for" -> client;
				case "forwarded" -> null;
				default -> super.getHeader(name);
			};
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			String only = getHeader(name);
			return switch (name.toLowerCase(Locale.ROOT)) {
				case "x-forwarded-for", "forwarded" ->
					Collections.enumeration(only == null ? List.of() : List.of(only));
				default -> super.getHeaders(name);
			};
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames())
				.stream()
				.filter(name -> !name.equalsIgnoreCase("forwarded")
						&& (client != null || !name.equalsIgnoreCase(FORWARDED_FOR)))
				.toList();
			return Collections.enumeration(names);
		}

	}

}
