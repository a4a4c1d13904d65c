package org.gongkai.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.shared.AuditableEvent;
import org.gongkai.shared.RuleViolation;

/**
 * An entry of an agency's catalogue of proactively disclosed information (公开目录, Article
 * 12 of the Regulations), with its working copy, its place on the review chain and the
 * number of its public version.
 * <p>
 * The rules its verbs keep: nothing becomes public before the last level of the chain
 * approved it (先审后发, Article 17); each level is decided by someone holding that level's
 * role, and at a level marked {@link ReviewLevel#othersOnly()} not by the drafter; a
 * change after publication goes through the whole chain again while the public keeps
 * seeing the version last approved; a withdrawal needs a reason. Time comes from the
 * caller.
 */
public class CatalogueEntry {

	private Long id;

	private final long agencyId;

	private final String indexNumber;

	private EntryContent content;

	private EntryState state;

	private Integer reviewLevel;

	private int reviewRound;

	private Instant scheduledAt;

	private String withdrawnReason;

	private final long draftedBy;

	private final String draftedByName;

	private Integer publicVersion;

	private int lastVersion;

	private LocalDate publishedOn;

	private LocalDate firstPublishedOn;

	private final Instant createdAt;

	private int version;

	private final transient List<ReviewDecision> newDecisions = new ArrayList<>();

	private transient Instant newVersionAt;

	private final transient List<AuditableEvent> events = new ArrayList<>();

	/** Restores a stored entry; the store's use only. */
	CatalogueEntry(Long id, long agencyId, String indexNumber, EntryContent content, EntryState state,
			Integer reviewLevel, int reviewRound, Instant scheduledAt, String withdrawnReason, long draftedBy,
			String draftedByName, Integer publicVersion, int lastVersion, LocalDate publishedOn,
			LocalDate firstPublishedOn, Instant createdAt, int version) {
		this.id = id;
		this.agencyId = agencyId;
		this.indexNumber = indexNumber;
		this.content = content;
		this.state = state;
		this.reviewLevel = reviewLevel;
		this.reviewRound = reviewRound;
		this.scheduledAt = scheduledAt;
		this.withdrawnReason = withdrawnReason;
		this.draftedBy = draftedBy;
		this.draftedByName = draftedByName;
		this.publicVersion = publicVersion;
		this.lastVersion = lastVersion;
		this.publishedOn = publishedOn;
		this.firstPublishedOn = firstPublishedOn;
		this.createdAt = createdAt;
		this.version = version;
	}

	/** A new draft with its 索引号, as {@code drafter} wrote it. */
	public static CatalogueEntry draft(long agencyId, String indexNumber, EntryContent content, Actor drafter,
			Instant now) {
		return new CatalogueEntry(null, agencyId, indexNumber, content.checked(), EntryState.DRAFT, null, 0, null, null,
				drafter.staffId(), drafter.name(), null, 0, null, null, now, 0);
	}

	/**
	 * Replaces the working copy. A draft is changed in place; a published or withdrawn
	 * entry becomes a draft again (its public version stays public until the new one is
	 * approved); an entry on the chain or scheduled must be returned first.
	 */
	public void revise(EntryContent changed, Actor actor, Instant now) {
		if (state == EntryState.IN_REVIEW || state == EntryState.SCHEDULED) {
			throw new RuleViolation("disclosure.revise-in-review", "审核中或已定时发布的条目不能直接修改，请先退回");
		}
		this.content = changed.checked();
		this.state = EntryState.DRAFT;
		this.reviewLevel = null;
		this.scheduledAt = null;
		events.add(new EntryRevised(idOrZero(), agencyId, actor.username(), now, changed.title()));
	}

	/** Sends the draft to level 1 of {@code chain}, starting a new round. */
	public void submit(ReviewChain chain, Actor actor, Instant now) {
		if (state != EntryState.DRAFT) {
			throw new RuleViolation("disclosure.submit-not-draft", "只有草稿可以提交审核，当前状态：" + state);
		}
		this.state = EntryState.IN_REVIEW;
		this.reviewLevel = 1;
		this.reviewRound++;
		events.add(new EntrySubmitted(idOrZero(), agencyId, actor.username(), now, reviewRound));
	}

	/**
	 * Approves at the current level. After the last level the entry is published at once,
	 * or scheduled if a publication time in the future was set.
	 */
	public void approve(ReviewChain chain, Actor reviewer, String comment, Instant now, LocalDate today) {
		ReviewLevel level = checkReviewer(chain, reviewer);
		record(level, reviewer, true, comment, now);
		if (reviewLevel < chain.size()) {
			reviewLevel++;
			return;
		}
		reviewLevel = null;
		if (scheduledAt != null && scheduledAt.isAfter(now)) {
			state = EntryState.SCHEDULED;
			events.add(new EntryScheduled(idOrZero(), agencyId, reviewer.username(), now, scheduledAt));
		}
		else {
			publish(reviewer.username(), now, today);
		}
	}

	/** Returns the entry to its drafter from the current level; the comments say why. */
	public void returnForChanges(ReviewChain chain, Actor reviewer, String comment, Instant now) {
		ReviewLevel level = checkReviewer(chain, reviewer);
		if (comment == null || comment.isBlank()) {
			throw new RuleViolation("disclosure.return-without-comment", "退回须填写审核意见");
		}
		record(level, reviewer, false, comment, now);
		state = EntryState.DRAFT;
		reviewLevel = null;
	}

	/**
	 * Sets the time of publication, which must lie ahead; before or during review, or to
	 * move a scheduled publication.
	 */
	public void schedule(Instant at, Actor actor, Instant now) {
		if (state == EntryState.PUBLISHED || state == EntryState.WITHDRAWN) {
			throw new RuleViolation("disclosure.schedule-state", "已发布或已撤回的条目不能定时发布，请先修改并重新审核");
		}
		if (at == null || !at.isAfter(now)) {
			throw new RuleViolation("disclosure.schedule-past", "定时发布时间须晚于现在");
		}
		this.scheduledAt = at;
		events.add(new EntryScheduled(idOrZero(), agencyId, actor.username(), now, at));
	}

	/**
	 * Publishes a scheduled entry once its time has come; returns whether it did.
	 */
	public boolean publishIfDue(Instant now, LocalDate today) {
		if (state != EntryState.SCHEDULED || scheduledAt == null || scheduledAt.isAfter(now)) {
			return false;
		}
		publish("system", now, today);
		return true;
	}

	/**
	 * Takes the entry off the public pages; the reason is kept and shown in its history.
	 */
	public void withdraw(String reason, Actor actor, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("disclosure.withdraw-without-reason", "撤回须说明理由");
		}
		if (publicVersion == null && state != EntryState.SCHEDULED) {
			throw new RuleViolation("disclosure.withdraw-not-public", "条目尚未发布，无需撤回");
		}
		this.state = EntryState.WITHDRAWN;
		this.publicVersion = null;
		this.publishedOn = null;
		this.scheduledAt = null;
		this.reviewLevel = null;
		this.withdrawnReason = reason.strip();
		events.add(new EntryWithdrawn(idOrZero(), agencyId, actor.username(), now, withdrawnReason));
	}

	private void publish(String actor, Instant now, LocalDate today) {
		state = EntryState.PUBLISHED;
		scheduledAt = null;
		lastVersion++;
		publicVersion = lastVersion;
		publishedOn = today;
		if (firstPublishedOn == null) {
			firstPublishedOn = today;
		}
		newVersionAt = now;
		events.add(new EntryPublished(idOrZero(), agencyId, actor, now, publicVersion, today));
	}

	private ReviewLevel checkReviewer(ReviewChain chain, Actor reviewer) {
		if (state != EntryState.IN_REVIEW || reviewLevel == null) {
			throw new RuleViolation("disclosure.not-in-review", "条目不在审核中，当前状态：" + state);
		}
		ReviewLevel level = chain.level(Math.min(reviewLevel, chain.size()));
		if (!reviewer.holds(level.role())) {
			throw new RuleViolation("disclosure.wrong-level",
					"第 " + level.level() + " 级审核须由本机关的 " + level.role() + " 角色进行");
		}
		if (level.othersOnly() && reviewer.staffId() == draftedBy) {
			throw new RuleViolation("disclosure.self-approval", "第 " + level.level() + " 级审核须由起草人以外的人员进行，不能审核自己起草的条目");
		}
		return level;
	}

	private void record(ReviewLevel level, Actor reviewer, boolean approved, String comment, Instant now) {
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		newDecisions.add(new ReviewDecision(reviewRound, level.level(), reviewer.staffId(), reviewer.name(), approved,
				text, now));
		events.add(new EntryReviewed(idOrZero(), agencyId, reviewer.username(), now, level.level(), approved,
				level.secrecyReview(), text));
	}

	private long idOrZero() {
		return id == null ? 0 : id;
	}

	/** Events of the verbs called since loading; the store publishes and clears them. */
	List<AuditableEvent> drainEvents() {
		List<AuditableEvent> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	List<ReviewDecision> drainDecisions() {
		List<ReviewDecision> drained = List.copyOf(newDecisions);
		newDecisions.clear();
		return drained;
	}

	/** When the version published since loading was published, or {@code null}. */
	Instant takeNewVersion() {
		Instant taken = newVersionAt;
		newVersionAt = null;
		return taken;
	}

	void assignId(long newId) {
		this.id = newId;
	}

	void versionStored() {
		version++;
	}

	public Long getId() {
		return id;
	}

	public long getAgencyId() {
		return agencyId;
	}

	public String getIndexNumber() {
		return indexNumber;
	}

	public EntryContent getContent() {
		return content;
	}

	public EntryState getState() {
		return state;
	}

	/** The level the entry waits at while in review, else {@code null}. */
	public Integer getReviewLevel() {
		return reviewLevel;
	}

	public int getReviewRound() {
		return reviewRound;
	}

	public Instant getScheduledAt() {
		return scheduledAt;
	}

	public String getWithdrawnReason() {
		return withdrawnReason;
	}

	public long getDraftedBy() {
		return draftedBy;
	}

	public String getDraftedByName() {
		return draftedByName;
	}

	/** The version the public sees, or {@code null} while none is public. */
	public Integer getPublicVersion() {
		return publicVersion;
	}

	public int getLastVersion() {
		return lastVersion;
	}

	/** The 发布日期 of the public version. */
	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public LocalDate getFirstPublishedOn() {
		return firstPublishedOn;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public int getVersion() {
		return version;
	}

}
