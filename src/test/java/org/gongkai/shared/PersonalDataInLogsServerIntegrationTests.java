package org.gongkai.shared;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that fails with an unexpected exception, carrying an identity number and a
 * mobile number, through the real server: the log has the exception, its cause and stack
 * trace, and neither number unmasked. The failing handler stands for any bug; it is
 * registered for this test only and removed after.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsServerIntegrationTests {

	static final String ID = "41010219900101123X";

	static final String MOBILE = "13812345678";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** A handler with a bug that puts what the applicant typed into its exception. */
	public static class FailingHandler {

		@ResponseBody
		public String fail(@RequestParam String id, @RequestParam String phone) {
			throw new IllegalStateException("身份证号" + id + "的申请无法处理",
					new IllegalArgumentException("联系电话：" + phone + "，字段 %E5%8F%B7" + id));
		}

	}

	@Test
	void aFailingRequestLogsItsExceptionAndStackTraceWithPersonalDataMasked(CapturedOutput output) throws Exception {
		Method fail = FailingHandler.class.getMethod("fail", String.class, String.class);
		RequestMappingInfo probe = RequestMappingInfo.paths("/track/masking-probe")
			.methods(RequestMethod.GET)
			.options(mappings.getBuilderConfiguration())
			.build();
		mappings.registerMapping(probe, new FailingHandler(), fail);
		// Tomcat logs through java.util.logging, bridged to Logback at start-up; a test
		// that
		// closes another context in this JVM (the command-line and two-instance tests)
		// takes
		// the bridge down with it, which one server in production never does.
		if (!SLF4JBridgeHandler.isInstalled()) {
			SLF4JBridgeHandler.removeHandlersForRootLogger();
			SLF4JBridgeHandler.install();
		}
		try {
			String query = "?id=" + URLEncoder.encode("号" + ID, StandardCharsets.UTF_8) + "&phone="
					+ URLEncoder.encode("+86 " + MOBILE, StandardCharsets.UTF_8);
			int status = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/track/masking-probe" + query))
					.build(), BodyHandlers.discarding())
				.statusCode();
			assertThat(status).isEqualTo(500);
		}
		finally {
			mappings.unregisterMapping(probe);
		}
		String log = output.getAll();
		// Tomcat logs the exception's text and then its root cause with the stack trace.
		assertThat(log).contains("java.lang.IllegalStateException: 身份证号号410*************3X的申请无法处理",
				"java.lang.IllegalArgumentException: 联系电话：+86**********78，字段 %E5%8F%B7号410*************3X",
				"at org.gongkai.shared.PersonalDataInLogsServerIntegrationTests$FailingHandler.fail");
		assertThat(log).doesNotContain(ID, MOBILE, "0219900101");
	}

}
