package org.gongkai.reports;

/** The seven numeric columns of table 三: the six kinds of applicant and 总计. */
public enum ApplicantColumn {

	NATURAL_PERSON("naturalPerson", "自然人"), COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业"),
	RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
	PUBLIC_INTEREST_ORGANIZATION("publicInterestOrganization", "社会公益组织"),
	LEGAL_SERVICE_AGENCY("legalServiceAgency", "法律服务机构"), OTHER_ORGANIZATION("otherOrganization", "其他"),
	TOTAL("total", "总计");

	private final String key;

	private final String label;

	ApplicantColumn(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The JSON key. */
	public String key() {
		return this.key;
	}

	/** The column's label in the template. */
	public String label() {
		return this.label;
	}

}
