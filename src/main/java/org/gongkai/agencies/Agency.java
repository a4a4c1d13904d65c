package org.gongkai.agencies;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * An entry of the agency hierarchy with the contact facts that Article 12 of the
 * Regulations requires in the disclosure guide (公开指南): the disclosure office, its
 * address, office hours, phone, fax and internet contacts.
 */
@Table
@NamedInterface("api")
public class Agency {

	@Id
	private Long id;

	private Long parentId;

	private AgencyKind kind;

	private String name;

	private String creditCode;

	private String disclosureOffice;

	private String address;

	private String postcode;

	private String officeHours;

	private String phone;

	private String fax;

	private String website;

	private String email;

	@Version
	private Integer version;

	protected Agency() {
	}

	public Agency(Long parentId, AgencyKind kind, String name, String creditCode) {
		this.parentId = parentId;
		this.kind = kind;
		this.name = name;
		this.creditCode = creditCode;
	}

	/**
	 * Replaces the guide's contact facts as a whole, as the console form submits them.
	 */
	public void updateContacts(AgencyContacts contacts) {
		this.name = contacts.name();
		this.creditCode = contacts.creditCode();
		this.disclosureOffice = contacts.disclosureOffice();
		this.address = contacts.address();
		this.postcode = contacts.postcode();
		this.officeHours = contacts.officeHours();
		this.phone = contacts.phone();
		this.fax = contacts.fax();
		this.website = contacts.website();
		this.email = contacts.email();
	}

	public AgencyContacts contacts() {
		return new AgencyContacts(name, creditCode, disclosureOffice, address, postcode, officeHours, phone, fax,
				website, email);
	}

	public Long getId() {
		return id;
	}

	public Long getParentId() {
		return parentId;
	}

	public AgencyKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getCreditCode() {
		return creditCode;
	}

	public String getDisclosureOffice() {
		return disclosureOffice;
	}

	public String getAddress() {
		return address;
	}

	public String getPostcode() {
		return postcode;
	}

	public String getOfficeHours() {
		return officeHours;
	}

	public String getPhone() {
		return phone;
	}

	public String getFax() {
		return fax;
	}

	public String getWebsite() {
		return website;
	}

	public String getEmail() {
		return email;
	}

	public Integer getVersion() {
		return version;
	}

}
