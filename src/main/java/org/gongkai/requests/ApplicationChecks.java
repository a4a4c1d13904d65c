package org.gongkai.requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.shared.IdentifierChecks;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.TextInput;

/**
 * Checks an application field by field against Article 29 of the Regulations (name,
 * identity proof, contacts; the information sought; the form and delivery wanted) and the
 * checksums of the identity number and the unified social credit code. Each problem is a
 * message key of the {@code requests} bundle against the field it concerns, so the form
 * shows it beside the field and the API lists it under {@code fields}.
 */
public final class ApplicationChecks {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** The fewest characters of a title that can name the information sought. */
	static final int MIN_TITLE = 2;

	/**
	 * A phone number as its message asks: an 11-digit mobile number (with +86 or not), or
	 * a landline with its area code and an optional extension.
	 */
	static final Pattern PHONE = Pattern
		.compile("^(?:(?:\\+?86[- ]?)?1[3-9]\\d{9}|\\(?0\\d{2,3}\\)?[- ]?\\d{7,8}(?:[- ]\\d{1,6})?)$");

	private static final Pattern POSTCODE = Pattern.compile("^\\d{6}$");

	/**
	 * The shape of a resident identity number, checked in full where an agent gives one.
	 */
	private static final Pattern RESIDENT_ID_SHAPE = Pattern.compile("^\\d{17}[\\dXx]$");

	private ApplicationChecks() {
	}

	/**
	 * The code of an application refused for its fields; each field's own code names the
	 * rule it broke.
	 */
	public static final String INVALID = "request.invalid";

	/**
	 * Refuses {@code draft} unless it may be registered.
	 * @throws InvalidInput ({@value #INVALID}) listing every field in error
	 */
	public static void requireValid(ApplicationDraft draft) {
		Map<String, String> errors = check(draft);
		if (!errors.isEmpty()) {
			List<InvalidInput.FieldProblem> problems = errors.entrySet()
				.stream()
				.map(error -> new InvalidInput.FieldProblem(error.getKey(), error.getValue()))
				.toList();
			throw new InvalidInput(INVALID, problems);
		}
	}

	/** The problems of {@code draft}, by field name; empty when it may be registered. */
	public static Map<String, String> check(ApplicationDraft draft) {
		Map<String, String> errors = new LinkedHashMap<>();
		ApplicantType type = draft.applicantType();
		if (type == null) {
			errors.put("applicantType", "apply.error.applicantType.required");
		}
		required(errors, "name", draft.name(), 200, "apply.error.name.required");
		if (draft.idType() == null) {
			errors.put("idType", "apply.error.idType.required");
		}
		else if (type != null && type.isOrganisation() && !draft.idType().organisational()) {
			errors.put("idType", "apply.error.idType.organisation");
		}
		else if (type == ApplicantType.NATURAL_PERSON && draft.idType().organisational()) {
			errors.put("idType", "apply.error.idType.person");
		}
		else if (draft.idType() == IdDocumentType.OTHER_DOCUMENT) {
			// Another document only where the organisation has no credit code, and why
			// (issue 11, item 14).
			required(errors, "idOtherReason", draft.idOtherReason(), 500, "apply.error.idOtherReason.required");
		}
		String agent = blankToNull(draft.agentName());
		String agentId = blankToNull(draft.agentIdNumber());
		if (agent == null && agentId != null) {
			errors.put("agentName", "apply.error.agentName.required");
		}
		else if (agent != null) {
			required(errors, "agentName", agent, 100, "apply.error.agentName.required");
			if (agentId == null) {
				errors.put("agentIdNumber", "apply.error.agentIdNumber.required");
			}
			else if (RESIDENT_ID_SHAPE.matcher(agentId).matches() && !IdentifierChecks.isValidIdentityNumber(agentId)) {
				errors.put("agentIdNumber", "apply.error.idNumber.invalid");
			}
			else if (TextInput.longerThan(agentId, 40)) {
				errors.put("agentIdNumber", "apply.error.too-long");
			}
		}
		String number = blankToNull(draft.idNumber());
		if (number == null) {
			errors.put("idNumber", "apply.error.idNumber.required");
		}
		else if (draft.idType() == IdDocumentType.RESIDENT_ID && !IdentifierChecks.isValidIdentityNumber(number)) {
			errors.put("idNumber", "apply.error.idNumber.invalid");
		}
		else if (draft.idType() == IdDocumentType.CREDIT_CODE && !IdentifierChecks.isValidCreditCode(number)) {
			errors.put("idNumber", "apply.error.creditCode.invalid");
		}
		else if (TextInput.longerThan(number, 40)) {
			errors.put("idNumber", "apply.error.too-long");
		}
		if (type != null && type.isOrganisation()) {
			required(errors, "contactPerson", draft.contactPerson(), 100, "apply.error.contactPerson.required");
		}
		String phone = blankToNull(draft.phone());
		String email = blankToNull(draft.email());
		String address = blankToNull(draft.address());
		if (phone == null && email == null && address == null) {
			errors.put("phone", "apply.error.contact.required");
		}
		if (phone != null && !PHONE.matcher(phone).matches()) {
			errors.put("phone", "apply.error.phone.invalid");
		}
		if (email != null && (!EMAIL.matcher(email).matches() || TextInput.longerThan(email, 200))) {
			errors.put("email", "apply.error.email.invalid");
		}
		if (address != null && TextInput.longerThan(address, 300)) {
			errors.put("address", "apply.error.too-long");
		}
		String postcode = blankToNull(draft.postcode());
		if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
			errors.put("postcode", "apply.error.postcode.invalid");
		}
		required(errors, "title", draft.title(), 500, "apply.error.title.required");
		String title = blankToNull(draft.title());
		if (title != null && title.strip().codePointCount(0, title.strip().length()) < MIN_TITLE) {
			// One character names no information; the agency would have to ask for a
			// correction.
			errors.put("title", "apply.error.title.tooShort");
		}
		optional(errors, "documentNumber", draft.documentNumber(), 200);
		optional(errors, "description", draft.description(), 4000);
		if (draft.formWanted() == null) {
			errors.put("formWanted", "apply.error.formWanted.required");
		}
		if (draft.deliveryWanted() == null) {
			errors.put("deliveryWanted", "apply.error.delivery.required");
		}
		else if (draft.deliveryWanted() == DeliveryMethod.POST && (address == null || postcode == null)) {
			errors.putIfAbsent(address == null ? "address" : "postcode", "apply.error.delivery.post");
		}
		else if (draft.deliveryWanted() == DeliveryMethod.EMAIL && email == null) {
			errors.putIfAbsent("email", "apply.error.delivery.email");
		}
		return errors;
	}

	private static void required(Map<String, String> errors, String field, String value, int max, String missing) {
		if (blankToNull(value) == null) {
			errors.put(field, missing);
		}
		else if (TextInput.longerThan(value.strip(), max)) {
			errors.put(field, "apply.error.too-long");
		}
	}

	private static void optional(Map<String, String> errors, String field, String value, int max) {
		if (value != null && TextInput.longerThan(value.strip(), max)) {
			errors.put(field, "apply.error.too-long");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * A warning when the applicant type does not fit the registering authority that the
	 * first character of a 统一社会信用代码 names (GB 32100): 1 机构编制 (机关、事业单位), 3 司法行政 (法律服务机构),
	 * 5 民政 (社会组织), 9 工商 (企业); {@code null} when it fits or cannot be told. A warning, not
	 * a refusal: the registrar checks the type before the reply, and table 三 counts the
	 * application in its type's column.
	 */
	public static String applicantTypeWarning(ApplicantType type, IdDocumentType idType, String idNumber) {
		if (type == null || idType != IdDocumentType.CREDIT_CODE || idNumber == null || idNumber.isBlank()) {
			return null;
		}
		char authority = Character.toUpperCase(idNumber.strip().charAt(0));
		Set<ApplicantType> fitting = switch (authority) {
			case '1' -> EnumSet.of(ApplicantType.RESEARCH_INSTITUTION, ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
					ApplicantType.OTHER_ORGANIZATION);
			case '3' -> EnumSet.of(ApplicantType.LEGAL_SERVICE_AGENCY);
			case '5' -> EnumSet.of(ApplicantType.PUBLIC_INTEREST_ORGANIZATION, ApplicantType.RESEARCH_INSTITUTION,
					ApplicantType.OTHER_ORGANIZATION);
			case '9' -> EnumSet.of(ApplicantType.COMMERCIAL_ENTERPRISE);
			default -> null;
		};
		if (fitting != null && !fitting.contains(type)) {
			String registrar = switch (authority) {
				case '1' -> "机构编制部门（机关、事业单位）";
				case '3' -> "司法行政部门（法律服务机构）";
				case '5' -> "民政部门（社会组织）";
				default -> "市场监管部门（企业）";
			};
			return "统一社会信用代码首位为 " + authority + "，登记管理部门为" + registrar + "，与申请人类型“" + type.label() + "”不符，请在答复前核对申请人类型";
		}
		if (fitting == null
				&& (type == ApplicantType.COMMERCIAL_ENTERPRISE || type == ApplicantType.LEGAL_SERVICE_AGENCY)) {
			return "统一社会信用代码首位为 " + authority + "，不是" + type.label() + "的登记管理部门代码，请在答复前核对申请人类型";
		}
		return null;
	}

}
