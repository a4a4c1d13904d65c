package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.agencies.ReportingYears;
import org.gongkai.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, item 4, in the applications: a step dated inside a year whose annual report
 * is signed off is refused with {@code reporting-year.locked} and changes nothing; a
 * reopening, which the law requires, is recorded with the locked year as a flag. Uses the
 * years 2021 and 2022 of 卧龙区商务局. Rolled back: a lock or a case left open in 2022 would
 * reach other tests (the reopened case was carried over into the demo's 2023 report).
 */
@Transactional
class LockedYearStepsIntegrationTests extends RequestsIntegrationTest {

	static final LocalDate DECEMBER = LocalDate.of(2021, 12, 28);

	static final LocalDate JANUARY = LocalDate.of(2022, 1, 5);

	@Autowired
	ReportingYears years;

	@Autowired
	RequestDirectory directory;

	void refusedUnchanged(long id, Executable step) {
		InformationRequest before = handling.show(staff("handler"), id);
		assertThatThrownBy(step::execute).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.code()).isEqualTo(ReportingYears.LOCKED));
		InformationRequest after = handling.show(staff("handler"), id);
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.getStatus()).isEqualTo(before.getStatus());
	}

	@Test
	void stepsDatedInASignedOffYearAreRefusedAndChangeNothing() {
		long december = assignedCase(DECEMBER);
		long other = assignedCase(DECEMBER);
		handling.draftReply(staff("handler"), december, null, Outcome.GRANTED, null, "予以公开");
		handling.review(staff("reviewer"), december, null, true, null);
		years.lock(commerce(), 2021, "head", "2021 年度报告已签发");
		clock.setDay(JANUARY);

		refusedUnchanged(december, () -> handling.answer(staff("handler"), december, null, LocalDate.of(2021, 12, 31),
				DeliveryMethod.EMAIL));
		refusedUnchanged(other, () -> handling.split(staff("handler"), other, null,
				List.of(Fixtures.sought("第一项"), Fixtures.sought("第二项"))));
		refusedUnchanged(other, () -> handling.correctApplicantType(staff("registrar"), other, null,
				ApplicantType.OTHER_ORGANIZATION, "更正"));
		refusedUnchanged(other, () -> handling.withdraw(staff("handler"), other, null, DECEMBER, "撤回"));

		handling.answer(staff("handler"), december, null, JANUARY, DeliveryMethod.EMAIL);
		assertThat(handling.show(staff("handler"), december).getStatus()).isEqualTo(RequestStatus.ANSWERED);
		handling.withdraw(staff("handler"), other, null, JANUARY, "撤回");
		assertThat(handling.show(staff("handler"), other).getStatus()).isEqualTo(RequestStatus.CLOSED);
	}

	@Test
	void aReopeningInASignedOffYearIsRecordedWithTheYearAsAFlag() {
		LocalDate day = LocalDate.of(2022, 3, 1);
		long id = assignedCase(day);
		handling.draftReply(staff("handler"), id, null, Outcome.GRANTED, null, "予以公开");
		handling.review(staff("reviewer"), id, null, true, null);
		handling.answer(staff("handler"), id, null, day, DeliveryMethod.EMAIL);
		years.lock(commerce(), 2022, "head", "2022 年度报告已签发");
		clock.setDay(LocalDate.of(2022, 6, 1));

		directory.reopen(id, "卧复决字〔2022〕3号 责令重新答复", "supervisor");

		InformationRequest reopened = handling.show(staff("handler"), id);
		assertThat(reopened.getRound()).isEqualTo(2);
		assertThat(reopened.getLockedYearFlag()).isEqualTo(2022);
	}

}
