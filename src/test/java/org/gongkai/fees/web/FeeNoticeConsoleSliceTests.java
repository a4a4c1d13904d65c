package org.gongkai.fees.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.fees.FeeNotice;
import org.gongkai.fees.FeeNotices;
import org.gongkai.shared.InvalidInput;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's fee notices: the list by status, the page with its forms for the roles
 * that record, and a refusal shown with its rule's code.
 */
class FeeNoticeConsoleSliceTests extends WebSliceTest {

	StaffPrincipal staff(Role role) {
		StaffPrincipal staff = staff(role == Role.HANDLER ? 41 : 42, 7, role);
		given(agencyAccess.readableAgencies(staff)).willReturn(Set.of(7L));
		given(agencyAccess.mayAct(staff, role, 7L)).willReturn(true);
		Agency agency = new Agency(1L, AgencyKind.AGENCY, "卧龙区教育局", null);
		ReflectionTestUtils.setField(agency, "id", 7L);
		given(agencies.findAllById(Set.of(7L))).willReturn(List.of(agency));
		given(agencies.findById(7L)).willReturn(Optional.of(agency));
		return staff;
	}

	@Test
	void theListShowsEachNoticeWithWhereItStands() throws Exception {
		StaffPrincipal handler = staff(Role.HANDLER);
		FeeNotice overdue = FeeNoticeApiSliceTests.notice(1,
				new FeeNotice.Service(FeeNoticeApiSliceTests.ISSUED_ON, "邮寄"), null);
		given(feeNotices.forAgency(7, null)).willReturn(
				List.of(new FeeNotices.Standing(overdue, LocalDate.of(2026, 10, 20), false, FeeNotice.Status.OVERDUE)));
		mvc.perform(get("/console/fees/notices").with(user(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("卧龙区教育局"), containsString("逾期未缴费：1"),
					containsString("已缴费：0"), containsString("2026-10-20"), containsString("/console/fees/notices/5"))));
		mvc.perform(get("/console/fees/notices").param("status", "paid").with(user(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("没有符合条件的收费通知书"), not(containsString("notice-5")))));
		mvc.perform(get("/console/fees/notices").param("status", "late").with(user(handler)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/console/fees/notices")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theFormsAreOfferedOnlyToTheRolesThatRecord() throws Exception {
		given(feeNotices.get(5)).willReturn(new FeeNotices.Standing(FeeNoticeApiSliceTests.notice(0, null, null), null,
				false, FeeNotice.Status.ISSUED));
		mvc.perform(get("/console/fees/notices/5").with(user(staff(Role.HANDLER))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"service-form\""), containsString("id=\"payment-form\""),
							containsString("已发出未送达"), containsString("送达后自次日起算 20 个工作日"))));
		mvc.perform(get("/console/fees/notices/5").with(user(staff(Role.REVIEWER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("id=\"service-form\"")),
					containsString("只有本机关的承办人、登记员或公开办负责人可以登记送达和缴费"))));
	}

	@Test
	void aRefusedPaymentIsShownWithItsRuleAndNothingRecorded() throws Exception {
		StaffPrincipal handler = staff(Role.HANDLER);
		given(feeNotices.get(5)).willReturn(new FeeNotices.Standing(FeeNoticeApiSliceTests.notice(0, null, null), null,
				false, FeeNotice.Status.ISSUED));
		given(feeNotices.recordPayment(5, 0,
				new FeeNotice.Payment(new BigDecimal("-1"), FeeNoticeApiSliceTests.ISSUED_ON, "R-1"), "staff41"))
			.willThrow(new InvalidInput(FeeNotice.INVALID,
					List.of(new InvalidInput.FieldProblem("amountYuan", "fee.paid.amount", "10.00"))));
		mvc.perform(post("/console/fees/notices/5/payment").param("version", "0")
			.param("amountYuan", "-1")
			.param("paidOn", "2026-09-21")
			.param("receiptNumber", "R-1")
			.with(user(handler))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("缴费金额须与通知金额 10.00 元一致"), containsString("fee.paid.amount"),
					containsString("未作任何修改"))));
	}

}
