package org.gongkai.requests;

import org.springframework.modulith.NamedInterface;

/**
 * Who applied, as the columns of table 三 of the annual report group applicants: a natural
 * person (自然人), or a legal person or other organisation (法人或其他组织) of one of five kinds.
 */
@NamedInterface("api")
public enum ApplicantType {

	/** 自然人. */
	NATURAL_PERSON("naturalPerson", "自然人"),
	/** 商业企业. */
	COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业"),
	/** 科研机构. */
	RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
	/** 社会公益组织. */
	PUBLIC_INTEREST_ORGANIZATION("publicInterestOrganization", "社会公益组织"),
	/** 法律服务机构. */
	LEGAL_SERVICE_AGENCY("legalServiceAgency", "法律服务机构"),
	/** 其他（法人或其他组织）. */
	OTHER_ORGANIZATION("otherOrganization", "其他");

	private final String key;

	private final String label;

	ApplicantType(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The column key of the annual-report JSON, such as {@code naturalPerson}. */
	public String key() {
		return key;
	}

	/** The official column label of table 三. */
	public String label() {
		return label;
	}

	/**
	 * Whether the applicant is an organisation (法人或其他组织), identified by a unified social
	 * credit code.
	 */
	public boolean isOrganisation() {
		return this != NATURAL_PERSON;
	}

	/** The type whose column key is {@code key}. */
	public static ApplicantType ofKey(String key) {
		for (ApplicantType type : values()) {
			if (type.key.equals(key)) {
				return type;
			}
		}
		throw new IllegalArgumentException("未知的申请人类型：" + key);
	}

}
