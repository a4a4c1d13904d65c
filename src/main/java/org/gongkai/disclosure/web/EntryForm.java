package org.gongkai.disclosure.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.gongkai.disclosure.EntryContent;
import org.gongkai.disclosure.EntryKind;
import org.gongkai.disclosure.Validity;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The console's form of a catalogue entry; the rules are
 * {@link EntryContent#checked()}'s.
 */
class EntryForm {

	private Long agencyId;

	private String indexNumber;

	private EntryKind kind = EntryKind.DOCUMENT;

	private String title;

	private String summary;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate formedOn;

	private String documentNumber;

	private String issuingBody;

	private String topic;

	private String genre;

	private Integer article20Item;

	private Integer article21Item;

	private Validity validity = Validity.VALID;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validityChangedOn;

	private String disclosureMethod = "政府网站";

	private String body;

	private Long interpretationOf;

	private String relatedIds;

	static EntryForm of(EntryContent content) {
		EntryForm form = new EntryForm();
		form.kind = content.kind();
		form.title = content.title();
		form.summary = content.summary();
		form.formedOn = content.formedOn();
		form.documentNumber = content.documentNumber();
		form.issuingBody = content.issuingBody();
		form.topic = content.topic();
		form.genre = content.genre();
		form.article20Item = content.article20Item();
		form.article21Item = content.article21Item();
		form.validity = content.validity();
		form.validFrom = content.validFrom();
		form.validityChangedOn = content.validityChangedOn();
		form.disclosureMethod = content.disclosureMethod();
		form.body = content.body();
		form.interpretationOf = content.interpretationOf();
		form.relatedIds = String.join(",", content.relatedIds().stream().map(String::valueOf).toList());
		return form;
	}

	EntryContent content() {
		List<Long> related = relatedIds == null || relatedIds.isBlank() ? List.of()
				: Arrays.stream(relatedIds.split("[,，\\s]+"))
					.filter(part -> part.matches("\\d{1,18}"))
					.map(Long::valueOf)
					.toList();
		return new EntryContent(kind, blank(title), blank(summary), formedOn, blank(documentNumber), blank(issuingBody),
				blank(topic), blank(genre), article20Item, article21Item, validity, validFrom, validityChangedOn,
				blank(disclosureMethod), body, interpretationOf, related);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public String getIndexNumber() {
		return indexNumber;
	}

	public void setIndexNumber(String indexNumber) {
		this.indexNumber = indexNumber;
	}

	public EntryKind getKind() {
		return kind;
	}

	public void setKind(EntryKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public LocalDate getFormedOn() {
		return formedOn;
	}

	public void setFormedOn(LocalDate formedOn) {
		this.formedOn = formedOn;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public String getIssuingBody() {
		return issuingBody;
	}

	public void setIssuingBody(String issuingBody) {
		this.issuingBody = issuingBody;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getGenre() {
		return genre;
	}

	public void setGenre(String genre) {
		this.genre = genre;
	}

	public Integer getArticle20Item() {
		return article20Item;
	}

	public void setArticle20Item(Integer article20Item) {
		this.article20Item = article20Item;
	}

	public Integer getArticle21Item() {
		return article21Item;
	}

	public void setArticle21Item(Integer article21Item) {
		this.article21Item = article21Item;
	}

	public Validity getValidity() {
		return validity;
	}

	public void setValidity(Validity validity) {
		this.validity = validity;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidityChangedOn() {
		return validityChangedOn;
	}

	public void setValidityChangedOn(LocalDate validityChangedOn) {
		this.validityChangedOn = validityChangedOn;
	}

	public String getDisclosureMethod() {
		return disclosureMethod;
	}

	public void setDisclosureMethod(String disclosureMethod) {
		this.disclosureMethod = disclosureMethod;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getInterpretationOf() {
		return interpretationOf;
	}

	public void setInterpretationOf(Long interpretationOf) {
		this.interpretationOf = interpretationOf;
	}

	public String getRelatedIds() {
		return relatedIds;
	}

	public void setRelatedIds(String relatedIds) {
		this.relatedIds = relatedIds;
	}

}
