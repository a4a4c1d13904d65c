package org.gongkai.disclosure.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.gongkai.agencies.Role;
import org.gongkai.disclosure.AdministrativeLevel;
import org.gongkai.disclosure.Catalogue;
import org.gongkai.disclosure.CatalogueEntry;
import org.gongkai.disclosure.DisclosureStatistics;
import org.gongkai.disclosure.DocumentKind;
import org.gongkai.disclosure.EntryContent;
import org.gongkai.disclosure.EntryKind;
import org.gongkai.disclosure.EntryState;
import org.gongkai.disclosure.PublicationClock;
import org.gongkai.disclosure.ReviewDecision;
import org.gongkai.disclosure.ReviewLevel;
import org.gongkai.disclosure.Validity;

/** The JSON shapes of the disclosure API. */
final class DisclosureJson {

	private DisclosureJson() {
	}

	/** A new entry or a change: the content, and for a new one its agency. */
	record EntryBody(Long agencyId, String indexNumber, EntryKind kind, String title, String summary,
			LocalDate formedOn, String documentNumber, String issuingBody, String topic, String genre,
			Integer article20Item, Integer article21Item, Validity validity, LocalDate validFrom,
			LocalDate validityChangedOn, String disclosureMethod,
			@Schema(description = "正文（富文本，保存前清理）", maxLength = 200_000) String body, Long interpretationOf,
			List<Long> relatedIds) {

		EntryContent content() {
			return new EntryContent(kind, title, summary, formedOn, documentNumber, issuingBody, topic, genre,
					article20Item, article21Item, validity, validFrom, validityChangedOn, disclosureMethod, body,
					interpretationOf, relatedIds);
		}

	}

	/** New entries for a batch. */
	record DraftBatchBody(List<EntryBody> entries) {
	}

	/**
	 * Entries for a batch step, each with the version last seen; for approval the review
	 * level they wait at and one comment for all.
	 */
	record BatchBody(Integer level, String comment, List<Catalogue.BatchItem> items) {
	}

	/** Where each entry of a batch stands after it, in the order given. */
	record BatchJson(List<Catalogue.BatchOutcome> entries) {
	}

	/** A reviewer's comments. */
	record CommentBody(String comment) {
	}

	/** The publication time. */
	record ScheduleBody(OffsetDateTime publishAt) {
	}

	/** Why an entry is withdrawn. */
	record EntryWithdrawalBody(String reason) {
	}

	/** An entry as the API shows it. */
	record EntryJson(long id, long agencyId, String indexNumber, EntryContent content, EntryState state,
			Integer reviewLevel, Role waitingForRole, Boolean waitingAtSecrecyReview, int reviewRound,
			Instant scheduledAt, String withdrawnReason, String draftedBy, Integer publicVersion, LocalDate publishedOn,
			LocalDate firstPublishedOn, PublicationClock.Reading timeliness, List<ReviewLevel> chain,
			List<ReviewDecision> decisions, List<Catalogue.Attachment> attachments,
			List<Catalogue.PublishedVersion> versions, int version) {

		static EntryJson of(Catalogue.EntryView view) {
			CatalogueEntry entry = view.entry();
			ReviewLevel pending = view.pendingLevel();
			return new EntryJson(entry.getId(), entry.getAgencyId(), entry.getIndexNumber(), entry.getContent(),
					entry.getState(), entry.getReviewLevel(), pending == null ? null : pending.role(),
					pending == null ? null : pending.secrecyReview(), entry.getReviewRound(), entry.getScheduledAt(),
					entry.getWithdrawnReason(), entry.getDraftedByName(), entry.getPublicVersion(),
					entry.getPublishedOn(), entry.getFirstPublishedOn(), view.clock(), view.chain().levels(),
					view.decisions(), view.attachments(), view.versions(), entry.getVersion());
		}

	}

	/** The review chain of an agency. */
	record ChainBody(List<ReviewLevel> levels) {
	}

	/** A 规章 or 行政规范性文件 to register. */
	record DocumentBody(Long agencyId, DocumentKind kind, String title, String documentNumber, LocalDate issuedOn,
			LocalDate effectiveOn, LocalDate expiresOn, LocalDate repealedOn, Long entryId) {
	}

	/** The repeal date. */
	record RepealBody(LocalDate repealedOn) {
	}

	/** The 规章 flag of an agency. */
	record RegulationFlagBody(boolean mayMakeRegulations) {
	}

	/** The administrative level of an agency, {@code null} to unset it. */
	record AdministrativeLevelBody(AdministrativeLevel level) {
	}

	/** The fixed shape of {@code GET /api/v1/disclosure/statistics}. */
	record DisclosureStatisticsJson(DisclosureStatistics.ActiveDisclosure activeDisclosure, ChannelsJson channels) {
	}

	/** The channel counts, {@code null} where nothing was recorded. */
	record ChannelsJson(long website, Integer wechat, Integer governmentServicePortal, Integer gazette,
			Integer pressConferences) {

		static ChannelsJson of(DisclosureStatistics.Channels channels) {
			return new ChannelsJson(channels.website(), channels.wechat(), channels.governmentServicePortal(),
					channels.gazette(), channels.pressConferences());
		}

	}

	/** One line of the public list. */
	record PublicEntryJson(String indexNumber, String title, LocalDate publishedOn, String documentNumber,
			Integer article20Item, String url) {
	}

	/** The fixed shape of the public list. */
	record PublicPageJson(List<PublicEntryJson> entries, long total, int page, int size) {
	}

}
