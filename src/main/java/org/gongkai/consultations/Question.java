package org.gongkai.consultations;

import java.time.Instant;
import java.time.LocalDate;

import org.gongkai.shared.RuleViolation;

/**
 * A question from the public (咨询, 投诉 or 建议) and its answer: the aggregate of this module.
 * Its state changes are verbs that check their precondition: {@link #answer} once,
 * {@link #publish} only after the answer and only with the asker's consent, and only in
 * the copy with personal data removed. The answer term is not a field: it follows from
 * the type and the receipt date ({@link AnswerTerms}).
 */
public class Question {

	private final Long id;

	private final long agencyId;

	private final QuestionChannel channel;

	private final QuestionType type;

	private final String title;

	private final String body;

	private final String askerName;

	private final String askerContact;

	private final boolean consent;

	private final LocalDate receivedOn;

	private final String hotlineNumber;

	private final String registeredBy;

	private final Instant createdAt;

	private String answer;

	private LocalDate answeredOn;

	private Long answeredBy;

	private String answeredByName;

	private boolean published;

	private PublicCopy publicCopy;

	private LocalDate publishedOn;

	private final int version;

	/**
	 * What the portal shows of a published question: the title, question and answer with
	 * the asker's name, phone numbers, email addresses and identity numbers removed.
	 */
	public record PublicCopy(String title, String body, String answer) {
	}

	/** The facts of a question as received. */
	public record Received(long agencyId, QuestionChannel channel, QuestionType type, String title, String body,
			String askerName, String askerContact, boolean consent, LocalDate receivedOn, String hotlineNumber) {
	}

	Question(Long id, Received received, String registeredBy, Instant createdAt, String answer, LocalDate answeredOn,
			Long answeredBy, String answeredByName, boolean published, PublicCopy publicCopy, LocalDate publishedOn,
			int version) {
		this.id = id;
		this.agencyId = received.agencyId();
		this.channel = received.channel();
		this.type = received.type();
		this.title = received.title();
		this.body = received.body();
		this.askerName = received.askerName();
		this.askerContact = received.askerContact();
		this.consent = received.consent();
		this.receivedOn = received.receivedOn();
		this.hotlineNumber = received.hotlineNumber();
		this.registeredBy = registeredBy;
		this.createdAt = createdAt;
		this.answer = answer;
		this.answeredOn = answeredOn;
		this.answeredBy = answeredBy;
		this.answeredByName = answeredByName;
		this.published = published;
		this.publicCopy = publicCopy;
		this.publishedOn = publishedOn;
		this.version = version;
	}

	/** A question just received, not yet stored. */
	static Question received(Received received, String registeredBy, Instant createdAt) {
		return new Question(null, received, registeredBy, createdAt, null, null, null, null, false, null, null, 0);
	}

	/**
	 * Records the answer given on {@code on} by {@code staffId}.
	 * @throws RuleViolation if the question was answered already, or {@code on} is before
	 * its receipt
	 */
	void answer(String text, long staffId, String staffName, LocalDate on) {
		if (isAnswered()) {
			throw new RuleViolation("consultation.already-answered", "该留言已于 " + answeredOn + " 答复，不能再次答复");
		}
		if (on.isBefore(receivedOn)) {
			throw new RuleViolation("consultation.answer-before-receipt", "答复日期不能早于收到日期 " + receivedOn);
		}
		this.answer = text;
		this.answeredOn = on;
		this.answeredBy = staffId;
		this.answeredByName = staffName;
	}

	/**
	 * Publishes {@code copy} on the portal from {@code on}.
	 * @throws RuleViolation without the asker's consent, before the answer, or when
	 * published already
	 */
	void publish(PublicCopy copy, LocalDate on) {
		if (!consent) {
			throw new RuleViolation("consultation.no-consent", "留言人未同意公开，不能公开该留言");
		}
		if (!isAnswered()) {
			throw new RuleViolation("consultation.not-answered", "留言答复后才能公开");
		}
		if (published) {
			throw new RuleViolation("consultation.already-published", "该留言已公开");
		}
		this.published = true;
		this.publicCopy = copy;
		this.publishedOn = on;
	}

	/**
	 * Takes the question off the portal.
	 * @throws RuleViolation if it is not published
	 */
	void unpublish() {
		if (!published) {
			throw new RuleViolation("consultation.not-published", "该留言未公开");
		}
		this.published = false;
		this.publicCopy = null;
		this.publishedOn = null;
	}

	public boolean isAnswered() {
		return answeredOn != null;
	}

	public Long getId() {
		return id;
	}

	public long getAgencyId() {
		return agencyId;
	}

	public QuestionChannel getChannel() {
		return channel;
	}

	public QuestionType getType() {
		return type;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public String getAskerName() {
		return askerName;
	}

	public String getAskerContact() {
		return askerContact;
	}

	public boolean isConsent() {
		return consent;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public String getHotlineNumber() {
		return hotlineNumber;
	}

	public String getRegisteredBy() {
		return registeredBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getAnswer() {
		return answer;
	}

	public LocalDate getAnsweredOn() {
		return answeredOn;
	}

	public Long getAnsweredBy() {
		return answeredBy;
	}

	public String getAnsweredByName() {
		return answeredByName;
	}

	public boolean isPublished() {
		return published;
	}

	public PublicCopy getPublicCopy() {
		return publicCopy;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public int getVersion() {
		return version;
	}

}
