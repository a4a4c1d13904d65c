package org.gongkai.requests.web;

import java.time.LocalDate;

import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.ApplicationDraft;
import org.gongkai.calendar.Channel;
import org.gongkai.requests.DeliveryMethod;
import org.gongkai.requests.FormWanted;
import org.gongkai.requests.IdDocumentType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields of the application forms: the public form at /apply and the staff intake
 * form (which adds the channel and its receipt facts). A one-time {@code token} makes a
 * double submission register one application.
 */
class IntakeForm {

	private Long agencyId;

	private Channel channel = Channel.IN_PERSON;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate submittedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedForOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate confirmedOn;

	private String receiptNote;

	private ApplicantType applicantType = ApplicantType.NATURAL_PERSON;

	private String name;

	private IdDocumentType idType = IdDocumentType.RESIDENT_ID;

	private String idNumber;

	private String contactPerson;

	private String idOtherReason;

	private String agentName;

	private String agentIdNumber;

	private String phone;

	private String email;

	private String address;

	private String postcode;

	private String title;

	private String documentNumber;

	private String description;

	private FormWanted formWanted = FormWanted.ELECTRONIC;

	private DeliveryMethod deliveryWanted = DeliveryMethod.ONLINE;

	private String token;

	ApplicationDraft draft() {
		return new ApplicationDraft(applicantType, name, idType, idNumber, contactPerson, phone, email, address,
				postcode, title, documentNumber, description, formWanted, deliveryWanted, idOtherReason, agentName,
				agentIdNumber);
	}

	public String getIdOtherReason() {
		return idOtherReason;
	}

	public void setIdOtherReason(String idOtherReason) {
		this.idOtherReason = idOtherReason;
	}

	public String getAgentName() {
		return agentName;
	}

	public void setAgentName(String agentName) {
		this.agentName = agentName;
	}

	public String getAgentIdNumber() {
		return agentIdNumber;
	}

	public void setAgentIdNumber(String agentIdNumber) {
		this.agentIdNumber = agentIdNumber;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public void setSubmittedOn(LocalDate submittedOn) {
		this.submittedOn = submittedOn;
	}

	public LocalDate getSignedForOn() {
		return signedForOn;
	}

	public void setSignedForOn(LocalDate signedForOn) {
		this.signedForOn = signedForOn;
	}

	public LocalDate getConfirmedOn() {
		return confirmedOn;
	}

	public void setConfirmedOn(LocalDate confirmedOn) {
		this.confirmedOn = confirmedOn;
	}

	public String getReceiptNote() {
		return receiptNote;
	}

	public void setReceiptNote(String receiptNote) {
		this.receiptNote = receiptNote;
	}

	public ApplicantType getApplicantType() {
		return applicantType;
	}

	public void setApplicantType(ApplicantType applicantType) {
		this.applicantType = applicantType;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public IdDocumentType getIdType() {
		return idType;
	}

	public void setIdType(IdDocumentType idType) {
		this.idType = idType;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public FormWanted getFormWanted() {
		return formWanted;
	}

	public void setFormWanted(FormWanted formWanted) {
		this.formWanted = formWanted;
	}

	public DeliveryMethod getDeliveryWanted() {
		return deliveryWanted;
	}

	public void setDeliveryWanted(DeliveryMethod deliveryWanted) {
		this.deliveryWanted = deliveryWanted;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

}
