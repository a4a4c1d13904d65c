package org.gongkai.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * The facts of a case a letter is filled from: who applied and for what, the dates and
 * terms, the legal basis and reasons, the agency's block (its Article 12 fields), the
 * agency responsible where the information is not this agency's (Article 36 item 5), the
 * fee, and where the remedies are to be sought. The document number is not a fact: the
 * module allocates it.
 *
 * <p>
 * Built with {@link #of} and the {@code with…} methods; absent facts are {@code null} and
 * print as nothing.
 *
 * @param caseNumber the application's number (申请编号)
 * @param applicant the applicant
 * @param addressee the third party or agency a consultation or notice is sent to, or none
 * for letters to the applicant
 * @param informationSought the description of the information sought
 * @param receivedOn the day the application (or its correction) was received
 * @param issuedOn the day of the letter
 * @param dueOn the day the term of the letter ends: the reply, correction, opinion or
 * payment deadline, or the extended reply deadline
 * @param originalDueOn the reply deadline before an extension
 * @param termDays the term in working days (补正期限, 15 for a consultation, 20 for payment,
 * the extension's days)
 * @param legalBasis the articles cited, or none for the kind's standard basis
 * @param reasons the reasons of the case (why withheld, why extended, what to correct)
 * @param details what else the letter says: how and where to obtain the information, the
 * information to be disclosed over an objection
 * @param agency the agency that writes the letter
 * @param responsibleAgency the name of the agency responsible for disclosing the
 * information where it is not this agency's (Article 36 item 5), or none
 * @param responsibleAgencyContact that agency's contact details (address, phone), or none
 * @param fee the fee of a fee notice, or none
 * @param remedies where to seek administrative reconsideration and to sue
 */
@NamedInterface("api")
public record LetterFacts(String caseNumber, Party applicant, Party addressee, String informationSought,
		LocalDate receivedOn, LocalDate issuedOn, LocalDate dueOn, LocalDate originalDueOn, Integer termDays,
		String legalBasis, String reasons, String details, AgencyBlock agency, String responsibleAgency,
		String responsibleAgencyContact, Fee fee, Remedies remedies) {

	public LetterFacts {
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(agency, "agency");
		Objects.requireNonNull(issuedOn, "issuedOn");
		remedies = remedies == null ? Remedies.before(null, null) : remedies;
	}

	/** The facts every letter needs; add the others with the {@code with…} methods. */
	public static LetterFacts of(String caseNumber, Party applicant, AgencyBlock agency, LocalDate receivedOn,
			LocalDate issuedOn) {
		return new LetterFacts(caseNumber, applicant, null, null, receivedOn, issuedOn, null, null, null, null, null,
				null, agency, null, null, null, null);
	}

	public LetterFacts withAddressee(Party addressee) {
		return new LetterFacts(caseNumber, applicant, addressee, informationSought, receivedOn, issuedOn, dueOn,
				originalDueOn, termDays, legalBasis, reasons, details, agency, responsibleAgency,
				responsibleAgencyContact, fee, remedies);
	}

	public LetterFacts withInformationSought(String informationSought) {
		return new LetterFacts(caseNumber, applicant, addressee, informationSought, receivedOn, issuedOn, dueOn,
				originalDueOn, termDays, legalBasis, reasons, details, agency, responsibleAgency,
				responsibleAgencyContact, fee, remedies);
	}

	/** The term of the letter: its last day and its length in working days. */
	public LetterFacts withTerm(LocalDate dueOn, Integer termDays) {
		return new LetterFacts(caseNumber, applicant, addressee, informationSought, receivedOn, issuedOn, dueOn,
				originalDueOn, termDays, legalBasis, reasons, details, agency, responsibleAgency,
				responsibleAgencyContact, fee, remedies);
	}

	/** The reply deadline before an extension (延期答复告知书). */
	public LetterFacts withOriginalDueOn(LocalDate originalDueOn) {
		return new LetterFacts(caseNumber, applicant, addressee, informationSought, receivedOn, issuedOn, dueOn,
				originalDueOn, termDays, legalBasis, reasons, details, agency, responsibleAgency,
				responsibleAgencyContact, fee, remedies);
	}

	public LetterFacts withLegalBasis(String legalBasis) {
		return new LetterFacts(caseNumber, applicant, addressee, informationSought, receivedOn, issuedOn, dueOn,
				originalDueOn, termDays, legalBasis, reasons, details, agency, responsibleAgency,
				responsibleAgencyContact, fee, remedies);
	}

	public LetterFacts withReasons(String reasons) {
		return new LetterFacts(caseNumber, applicant, addressee, informationSought, receivedOn, issuedOn, dueOn,
				originalDueOn, termDays, legalBasis, reasons, details, agency, responsibleAgency,
				responsibleAgencyContact, fee, remedies);
	}

	public LetterFacts withDetails(String details) {
		return new LetterFacts(caseNumber, applicant, addressee, informationSought, receivedOn, issuedOn, dueOn,
				originalDueOn, termDays, legalBasis, reasons, details, agency, responsibleAgency,
				responsibleAgencyContact, fee, remedies);
	}

	/**
	 * The agency responsible for disclosing the information and its contact details, for
	 * a reply that the information is not this agency's to disclose (Article 36 item 5).
	 */
	public LetterFacts withResponsibleAgency(String responsibleAgency, String responsibleAgencyContact) {
		return new LetterFacts(caseNumber, applicant, addressee, informationSought, receivedOn, issuedOn, dueOn,
				originalDueOn, termDays, legalBasis, reasons, details, agency, responsibleAgency,
				responsibleAgencyContact, fee, remedies);
	}

	public LetterFacts withFee(Fee fee) {
		return new LetterFacts(caseNumber, applicant, addressee, informationSought, receivedOn, issuedOn, dueOn,
				originalDueOn, termDays, legalBasis, reasons, details, agency, responsibleAgency,
				responsibleAgencyContact, fee, remedies);
	}

	public LetterFacts withRemedies(Remedies remedies) {
		return new LetterFacts(caseNumber, applicant, addressee, informationSought, receivedOn, issuedOn, dueOn,
				originalDueOn, termDays, legalBasis, reasons, details, agency, responsibleAgency,
				responsibleAgencyContact, fee, remedies);
	}

	/**
	 * A person or organisation a letter names.
	 *
	 * @param name the name (姓名或者名称)
	 * @param address the postal address, or none
	 * @param contact a phone number or email address, or none
	 */
	public record Party(String name, String address, String contact) {

		public Party {
			Objects.requireNonNull(name, "name");
		}

	}

	/**
	 * The agency's block: its name and the contact facts of its disclosure guide (Article
	 * 12 of the Regulations).
	 *
	 * @param name the agency's name, which signs the letter
	 * @param disclosureOffice the 政府信息公开工作机构
	 * @param address its office address
	 * @param postcode its postcode
	 * @param officeHours its office hours
	 * @param phone its phone number
	 * @param fax its fax number
	 * @param website its internet contact (website)
	 * @param email its email address
	 */
	public record AgencyBlock(String name, String disclosureOffice, String address, String postcode, String officeHours,
			String phone, String fax, String website, String email) {

		public AgencyBlock {
			Objects.requireNonNull(name, "name");
		}

	}

	/**
	 * The fee of a 收费通知书.
	 *
	 * @param standard the standard applied, in words
	 * @param amountYuan the amount in yuan
	 * @param howToPay how to pay
	 */
	public record Fee(String standard, BigDecimal amountYuan, String howToPay) {

		public Fee {
			Objects.requireNonNull(amountYuan, "amountYuan");
		}

	}

	/**
	 * Where the addressee may seek remedies against the letter: 行政复议 within
	 * {@code reviewDays} days (Article 20 of the Administrative Reconsideration Law) and
	 * 行政诉讼 within {@code litigationMonths} months (Article 46 of the Administrative
	 * Litigation Law) of receiving it.
	 *
	 * @param reviewBody the reconsideration body (复议机关)
	 * @param reviewDays the days for reconsideration, 60
	 * @param court the court to sue before
	 * @param litigationMonths the months for a lawsuit, 6
	 */
	public record Remedies(String reviewBody, int reviewDays, String court, int litigationMonths) {

		/** The statutory terms, before the given body and court. */
		public static Remedies before(String reviewBody, String court) {
			return new Remedies(reviewBody, 60, court, 6);
		}

	}

}
