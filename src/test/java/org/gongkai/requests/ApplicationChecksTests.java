package org.gongkai.requests;

import java.util.List;

import org.gongkai.shared.IdentifierChecks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Field-by-field checks of an application (Article 29). */
class ApplicationChecksTests {

	@Test
	void aCompleteApplicationOfAPersonPasses() {
		assertThat(ApplicationChecks.check(Fixtures.personDraft())).isEmpty();
	}

	@Test
	void aCompleteApplicationOfAnOrganisationPasses() {
		assertThat(ApplicationChecks.check(Fixtures.companyDraft(ApplicantType.RESEARCH_INSTITUTION))).isEmpty();
	}

	@Test
	void everyMissingFieldIsReportedAgainstItself() {
		var empty = new ApplicationDraft(null, " ", null, "", null, null, null, null, null, "", null, null, null, null);

		assertThat(ApplicationChecks.check(empty)).containsEntry("applicantType", "apply.error.applicantType.required")
			.containsEntry("name", "apply.error.name.required")
			.containsEntry("idType", "apply.error.idType.required")
			.containsEntry("idNumber", "apply.error.idNumber.required")
			.containsEntry("phone", "apply.error.contact.required")
			.containsEntry("title", "apply.error.title.required")
			.containsEntry("formWanted", "apply.error.formWanted.required")
			.containsEntry("deliveryWanted", "apply.error.delivery.required");
	}

	@Test
	void anIdentityNumberWithAWrongCheckDigitIsRefused() {
		String number = Fixtures.IDENTITY_NUMBER;
		char wrong = number.charAt(17) == '1' ? '2' : '1';
		var draft = withIdNumber(number.substring(0, 17) + wrong);

		assertThat(ApplicationChecks.check(draft)).containsEntry("idNumber", "apply.error.idNumber.invalid");
	}

	@Test
	void anIdentityNumberWithAnImpossibleBirthDateIsRefused() {
		var draft = withIdNumber(IdentifierChecks.withIdentityCheck("41130319851332002"));

		assertThat(ApplicationChecks.check(draft)).containsEntry("idNumber", "apply.error.idNumber.invalid");
	}

	@Test
	void anOrganisationNeedsAValidCreditCodeAndAContactPerson() {
		var good = Fixtures.companyDraft(ApplicantType.COMMERCIAL_ENTERPRISE);
		var bad = new ApplicationDraft(good.applicantType(), good.name(), IdDocumentType.CREDIT_CODE,
				good.idNumber().substring(0, 17) + (good.idNumber().endsWith("0") ? "1" : "0"), " ", good.phone(),
				good.email(), good.address(), good.postcode(), good.title(), null, null, good.formWanted(),
				good.deliveryWanted());

		assertThat(ApplicationChecks.check(bad)).containsEntry("idNumber", "apply.error.creditCode.invalid")
			.containsEntry("contactPerson", "apply.error.contactPerson.required");
	}

	@Test
	void anOrganisationCannotUseAPersonalDocumentNorAPersonACreditCode() {
		var company = Fixtures.companyDraft(ApplicantType.LEGAL_SERVICE_AGENCY);
		var asPerson = new ApplicationDraft(company.applicantType(), company.name(), IdDocumentType.RESIDENT_ID,
				Fixtures.IDENTITY_NUMBER, "赵经理", company.phone(), null, null, null, "标题", null, null, FormWanted.PAPER,
				DeliveryMethod.IN_PERSON);
		var person = Fixtures.personDraft();
		var withCode = new ApplicationDraft(person.applicantType(), person.name(), IdDocumentType.CREDIT_CODE,
				Fixtures.CREDIT_CODE, null, person.phone(), null, null, null, "标题", null, null, FormWanted.PAPER,
				DeliveryMethod.IN_PERSON);

		assertThat(ApplicationChecks.check(asPerson)).containsEntry("idType", "apply.error.idType.organisation");
		assertThat(ApplicationChecks.check(withCode)).containsEntry("idType", "apply.error.idType.person");
	}

	@Test
	void deliveryByPostNeedsAnAddressAndByEmailAnEmail() {
		var person = Fixtures.personDraft();
		var post = new ApplicationDraft(person.applicantType(), person.name(), person.idType(), person.idNumber(), null,
				person.phone(), null, null, null, "标题", null, null, FormWanted.PAPER, DeliveryMethod.POST);
		var email = new ApplicationDraft(person.applicantType(), person.name(), person.idType(), person.idNumber(),
				null, person.phone(), null, null, null, "标题", null, null, FormWanted.ELECTRONIC, DeliveryMethod.EMAIL);

		assertThat(ApplicationChecks.check(post)).containsEntry("address", "apply.error.delivery.post");
		assertThat(ApplicationChecks.check(email)).containsEntry("email", "apply.error.delivery.email");
	}

	@Test
	void aPhoneIsAnElevenDigitMobileOrALandlineWithItsAreaCode() {
		for (String valid : List.of("13800138000", "+86 13800138000", "0377-63123456", "010-12345678", "(0377)63123456",
				"037763123456", "0377-63123456-801")) {
			assertThat(ApplicationChecks.PHONE.matcher(valid).matches()).as(valid).isTrue();
		}
		for (String invalid : List.of("1234567", "1380013800", "138001380001", "12345678901", "63123456",
				"377-63123456", "0377-631234", "hotline12345", "1-2-3-4-5-6-7-8")) {
			assertThat(ApplicationChecks.PHONE.matcher(invalid).matches()).as(invalid).isFalse();
		}
	}

	@Test
	void malformedContactsAndOverlongTextsAreRefused() {
		var person = Fixtures.personDraft();
		var bad = new ApplicationDraft(person.applicantType(), person.name(), person.idType(), person.idNumber(), null,
				"abc", "not-an-email", person.address(), "47300", "题".repeat(501), null, null, FormWanted.PAPER,
				DeliveryMethod.IN_PERSON);

		assertThat(ApplicationChecks.check(bad)).containsEntry("phone", "apply.error.phone.invalid")
			.containsEntry("email", "apply.error.email.invalid")
			.containsEntry("postcode", "apply.error.postcode.invalid")
			.containsEntry("title", "apply.error.too-long");
	}

	private static ApplicationDraft withIdNumber(String number) {
		var person = Fixtures.personDraft();
		return new ApplicationDraft(person.applicantType(), person.name(), person.idType(), number, null,
				person.phone(), person.email(), person.address(), person.postcode(), person.title(), null, null,
				person.formWanted(), person.deliveryWanted());
	}

	@Test
	void theApplicantTypeIsCheckedAgainstTheCreditCodesRegisteringAuthorityAsAWarning() {
		assertThat(ApplicationChecks.applicantTypeWarning(ApplicantType.COMMERCIAL_ENTERPRISE,
				IdDocumentType.CREDIT_CODE, "91411303MA0000000X"))
			.isNull();
		assertThat(ApplicationChecks.applicantTypeWarning(ApplicantType.LEGAL_SERVICE_AGENCY,
				IdDocumentType.CREDIT_CODE, "31410000MD0000000X"))
			.isNull();
		assertThat(ApplicationChecks.applicantTypeWarning(ApplicantType.LEGAL_SERVICE_AGENCY,
				IdDocumentType.CREDIT_CODE, "91411303MA0000000X"))
			.contains("首位为 9");
		assertThat(ApplicationChecks.applicantTypeWarning(ApplicantType.COMMERCIAL_ENTERPRISE,
				IdDocumentType.CREDIT_CODE, "31410000MD0000000X"))
			.contains("司法行政");
		assertThat(ApplicationChecks.applicantTypeWarning(ApplicantType.COMMERCIAL_ENTERPRISE,
				IdDocumentType.CREDIT_CODE, "12410000MB0000000X"))
			.contains("机构编制");
		assertThat(ApplicationChecks.applicantTypeWarning(ApplicantType.RESEARCH_INSTITUTION,
				IdDocumentType.CREDIT_CODE, "12410000MB0000000X"))
			.isNull();
		assertThat(ApplicationChecks.applicantTypeWarning(ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
				IdDocumentType.CREDIT_CODE, "51410000MJ0000000X"))
			.isNull();
		assertThat(ApplicationChecks.applicantTypeWarning(ApplicantType.COMMERCIAL_ENTERPRISE,
				IdDocumentType.CREDIT_CODE, "51410000MJ0000000X"))
			.contains("民政");
		assertThat(ApplicationChecks.applicantTypeWarning(ApplicantType.NATURAL_PERSON, IdDocumentType.RESIDENT_ID,
				"110101199003070014"))
			.isNull();
	}

}
