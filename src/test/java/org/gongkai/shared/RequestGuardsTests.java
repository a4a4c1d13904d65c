package org.gongkai.shared;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request guards without Spring: bodies over the limit refused before they are read,
 * forwarded headers honoured from trusted proxies only.
 */
class RequestGuardsTests {

	static final int MB = 1024 * 1024;

	@Test
	void anElevenMegabyteJsonBodyIsRefusedBeforeItIsRead() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/public/requests");
		request.setContentType("application/json");
		request.setContent(new byte[11 * MB]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		new RequestGuards.BodyLimit(10 * MB).doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"code\":\"upload.too-large\"");
		assertThat(chain.getRequest()).as("nothing behind the guard ran").isNull();
		assertThat(request.getInputStream().available()).as("not a byte read").isEqualTo(11 * MB);
	}

	@Test
	void aChunkedBodyStopsAtTheLimit() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/public/requests") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		request.setContentType("application/json");
		request.setContent(new byte[2 * MB]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<Long> read = new AtomicReference<>(0L);
		new RequestGuards.BodyLimit(MB).doFilter(request, response, (guarded, answer) -> {
			byte[] buffer = new byte[8192];
			assertThatThrownBy(() -> {
				int n;
				while ((n = guarded.getInputStream().read(buffer)) > 0) {
					read.set(read.get() + n);
				}
			}).isInstanceOf(IOException.class);
		});
		assertThat(read.get()).isLessThanOrEqualTo(MB);
		assertThat(response.getStatus()).isEqualTo(413);
	}

	@Test
	void multipartUploadsAreLeftToTheMultipartLimits() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/apply");
		request.setContentType("multipart/form-data; boundary=x");
		request.setContent(new byte[2 * MB]);
		MockFilterChain chain = new MockFilterChain();
		new RequestGuards.BodyLimit(MB).doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	static HttpServletRequest seen(TrustedProxies filter, MockHttpServletRequest request) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		return (HttpServletRequest) chain.getRequest();
	}

	static MockHttpServletRequest forwarded(String from, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console");
		request.setRemoteAddr(from);
		request.addHeader("X-Forwarded-For", forwardedFor);
		request.addHeader("X-Forwarded-Host", "evil.example.com");
		request.addHeader("X-Forwarded-Proto", "https");
		return request;
	}

	@Test
	void forwardedHeadersFromAnUntrustedAddressAreRemoved() throws Exception {
		HttpServletRequest seen = seen(new TrustedProxies(""), forwarded("203.0.113.9", "198.51.100.1"));
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
		assertThat(seen.getServerName()).isEqualTo("localhost");
		assertThat(seen.getScheme()).isEqualTo("http");
		assertThat(seen.getHeader("X-Forwarded-For")).isNull();
		assertThat(seen.getHeader("X-Forwarded-Host")).isNull();

		HttpServletRequest notListed = seen(new TrustedProxies("10.0.0.5"), forwarded("203.0.113.9", "198.51.100.1"));
		assertThat(notListed.getRemoteAddr()).isEqualTo("203.0.113.9");
	}

	@Test
	void aTrustedProxyGivesTheRightMostUntrustedAddress() throws Exception {
		TrustedProxies proxies = new TrustedProxies("127.0.0.1/32, 10.0.0.0/29, ::1/128");
		// The client put a forged address in front; nginx appended the one it saw.
		HttpServletRequest seen = seen(proxies, forwarded("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.3"));
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
		assertThat(seen.getServerName()).isEqualTo("evil.example.com");
		assertThat(seen.getScheme()).isEqualTo("https");
		assertThat(seen(proxies, forwarded("::1", "2001:db8::7")).getRemoteAddr()).isEqualTo("2001:db8::7");
	}

}
