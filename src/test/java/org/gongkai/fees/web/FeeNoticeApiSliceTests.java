package org.gongkai.fees.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.fees.FeeBasis;
import org.gongkai.fees.FeeNotice;
import org.gongkai.fees.FeeNotices;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fee notices API: the list by status, a notice with its ETag, service and payment
 * only with If-Match and the role, refusals as problem+json with the rule's code.
 */
class FeeNoticeApiSliceTests extends WebSliceTest {

	static final LocalDate ISSUED_ON = LocalDate.of(2026, 9, 21);

	static FeeNotice notice(int version, FeeNotice.Service service, FeeNotice.Payment payment) {
		return new FeeNotice(5L, 100, 7, FeeBasis.PER_PAGE, 31, "国办函〔2020〕109号", "依据国办函〔2020〕109号，按量计收，共 31 页",
				new BigDecimal("10.00"), "缴入国库", ISSUED_ON, "handler", service, payment, version);
	}

	String token(String name, Role role) {
		StaffPrincipal staff = staff(role == Role.HANDLER ? 31 : 32, 7, role);
		given(apiTokens.authenticate("gk_" + name)).willReturn(Optional.of(staff));
		given(agencyAccess.readableAgencies(staff)).willReturn(Set.of(7L));
		given(agencyAccess.mayAct(staff, role, 7L)).willReturn(true);
		return "Bearer gk_" + name;
	}

	@Test
	void listsAnAgencysNoticesByStatusAndRefusesAnUnknownStatus() throws Exception {
		String token = token("handler", Role.HANDLER);
		FeeNotice served = notice(1, new FeeNotice.Service(ISSUED_ON, "邮寄"), null);
		given(feeNotices.forAgency(7, FeeNotice.Status.OVERDUE)).willReturn(
				List.of(new FeeNotices.Standing(served, LocalDate.of(2026, 10, 27), false, FeeNotice.Status.OVERDUE)));
		mvc.perform(get("/api/v1/fees/notices").param("agencyId", "7")
			.param("status", "overdue")
			.header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("overdue"))
			.andExpect(jsonPath("$[0].paymentDue").value("2026-10-27"))
			.andExpect(jsonPath("$[0].serviceMethod").value("邮寄"))
			.andExpect(jsonPath("$[0].basis").value("per-page"));
		mvc.perform(get("/api/v1/fees/notices").param("agencyId", "7")
			.param("status", "late")
			.header("Authorization", token))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("fee.status.unknown"));
	}

	@Test
	void aNoticeOfAnotherAgencyIsNotFound() throws Exception {
		String token = token("handler", Role.HANDLER);
		given(feeNotices.get(5))
			.willReturn(new FeeNotices.Standing(notice(0, null, null), null, false, FeeNotice.Status.ISSUED));
		willThrow(new RecordNotFound("fee-notice", 5)).given(agencyAccess)
			.checkReadable(any(), eq(7L), anyString(), any());
		mvc.perform(get("/api/v1/fees/notices/5").header("Authorization", token)).andExpect(status().isNotFound());
	}

	@Test
	void serviceNeedsIfMatchAndTheRole() throws Exception {
		String handler = token("handler", Role.HANDLER);
		String reviewer = token("reviewer", Role.REVIEWER);
		given(feeNotices.get(5))
			.willReturn(new FeeNotices.Standing(notice(0, null, null), null, false, FeeNotice.Status.ISSUED));
		String body = """
				{"receivedOn": "2026-09-22", "method": "邮寄"}""";
		mvc.perform(post("/api/v1/fees/notices/5/service").header("Authorization", handler)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isPreconditionRequired());
		mvc.perform(post("/api/v1/fees/notices/5/service").header("Authorization", reviewer)
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		verify(feeNotices, never()).recordService(anyLong(), any(), any(), any(), any());

		FeeNotice served = notice(1, new FeeNotice.Service(LocalDate.of(2026, 9, 22), "邮寄"), null);
		given(feeNotices.recordService(5, 0, LocalDate.of(2026, 9, 22), "邮寄", "staff31")).willReturn(
				new FeeNotices.Standing(served, LocalDate.of(2026, 10, 27), false, FeeNotice.Status.AWAITING_PAYMENT));
		mvc.perform(post("/api/v1/fees/notices/5/service").header("Authorization", handler)
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.status").value("served"))
			.andExpect(jsonPath("$.receivedOn").value("2026-09-22"))
			.andExpect(jsonPath("$.paymentDue").value("2026-10-27"));
	}

	@Test
	void payingTwiceOrOnAStaleVersionIsAConflictNamingItsRule() throws Exception {
		String handler = token("handler", Role.HANDLER);
		given(feeNotices.get(5))
			.willReturn(new FeeNotices.Standing(notice(2, null, null), null, false, FeeNotice.Status.PAID));
		given(feeNotices.recordPayment(eq(5L), eq(2), any(), eq("staff31")))
			.willThrow(new RuleViolation("fee.already-paid", "该收费通知书已于 2026-09-21 缴费（票据号 R-1），不能重复登记缴费"));
		given(feeNotices.recordPayment(eq(5L), eq(1), any(), eq("staff31")))
			.willThrow(new OptimisticLockingFailureException("stale"));
		String body = """
				{"amountYuan": 10, "paidOn": "2026-09-21", "receiptNumber": "R-2"}""";
		mvc.perform(post("/api/v1/fees/notices/5/payment").header("Authorization", handler)
			.header("If-Match", "\"2\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("fee.already-paid"))
			.andExpect(jsonPath("$.detail").value("该收费通知书已于 2026-09-21 缴费（票据号 R-1），不能重复登记缴费"));
		mvc.perform(post("/api/v1/fees/notices/5/payment").header("Authorization", handler)
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stale-version"));
	}

	@Test
	void issuingWithoutAModuleThatKnowsTheApplicationsIsRefusedAndNothingIsIssued() throws Exception {
		mvc.perform(post("/api/v1/fees/notices").header("Authorization", token("handler", Role.HANDLER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requestId\":7,\"basis\":\"per-page\",\"pages\":250}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("fee.cases-unavailable"));
		verify(feeNotices, never()).issue(any(), any(), anyString());
	}

}
