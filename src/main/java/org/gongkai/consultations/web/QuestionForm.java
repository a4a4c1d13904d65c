package org.gongkai.consultations.web;

import java.time.LocalDate;

import org.gongkai.consultations.Consultations;
import org.gongkai.consultations.Question;
import org.gongkai.consultations.QuestionChannel;
import org.gongkai.consultations.QuestionType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The question form: the public one (信箱 or 在线咨询) and the console's entry of a question
 * received by phone or from the hotline, which adds the channel's date and work-order
 * number. The service checks every field.
 */
public class QuestionForm {

	private Long agencyId;

	private QuestionChannel channel;

	private QuestionType type;

	private String title;

	private String body;

	private String name;

	private String contact;

	private boolean consent;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	private String hotlineNumber;

	Consultations.Asked asked() {
		return new Consultations.Asked(channel, type, title, body, name, contact, consent);
	}

	Question.Received received() {
		return new Question.Received(agencyId == null ? 0 : agencyId, channel, type, title, body, name, contact,
				consent, receivedOn, hotlineNumber);
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public QuestionChannel getChannel() {
		return channel;
	}

	public void setChannel(QuestionChannel channel) {
		this.channel = channel;
	}

	public QuestionType getType() {
		return type;
	}

	public void setType(QuestionType type) {
		this.type = type;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getHotlineNumber() {
		return hotlineNumber;
	}

	public void setHotlineNumber(String hotlineNumber) {
		this.hotlineNumber = hotlineNumber;
	}

}
