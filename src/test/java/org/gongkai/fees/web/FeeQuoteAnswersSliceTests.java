package org.gongkai.fees.web;

import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quote's answers kept as JSON bytes: an answer given again is the same, byte for
 * byte, as the record written by the message converter, with the same content type.
 */
class FeeQuoteAnswersSliceTests extends WebSliceTest {

	static final String FORTY_FIVE = "{\"basis\":\"per-application\",\"count\":45,\"amountYuan\":5500.00,"
			+ "\"schedule\":\"国办函〔2020〕109号\",\"tiers\":[";

	@Test
	void anAnswerGivenAgainIsTheSameBytesAndContentType() throws Exception {
		byte[] first = quote("per-application", "45");
		byte[] again = quote("per-application", " 45 ");
		assertThat(again).isEqualTo(first);
		assertThat(new String(first, "UTF-8")).startsWith(FORTY_FIVE).endsWith("]}");
		assertThat(quote("per-page", "45")).isNotEqualTo(first);
		assertThat(new String(quote("per-page", "250"), "UTF-8")).contains("\"amountYuan\":4700.00");
		assertThat(quote("per-page", "250")).isEqualTo(quote("per-page", "250"));
	}

	private byte[] quote(String basis, String count) throws Exception {
		return mvc.perform(get("/api/v1/fees/quote").param("basis", basis).param("count", count))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
