package org.gongkai.requests;

import java.util.Arrays;
import java.util.List;

import org.gongkai.agencies.Role;
import org.springframework.data.relational.core.mapping.Column;

/**
 * The current draft reply and the review chain it goes through. The number counts drafts
 * over the application's life (reviews refer to it), so it survives a reopening while the
 * rest is cleared.
 *
 * @param number the draft's number, from 1; 0 before the first draft
 * @param outcome the proposed outcome
 * @param legalBasis the proposed legal basis
 * @param text the proposed reply text
 * @param draftedBy the staff id of the drafter, who may not review it
 * @param reviewChain the roles of the review levels, comma-separated, as snapshotted when
 * drafted
 * @param responsibleAgency for 不属于本机关公开, the agency responsible for disclosing the
 * information (Article 36 (五))
 * @param responsibleAgencyContact that agency's contact details
 */
public record ReplyDraft(@Column("draft_no") int number, @Column("draft_outcome") Outcome outcome,
		@Column("draft_legal_basis") String legalBasis, @Column("draft_text") String text,
		@Column("drafted_by") Long draftedBy, @Column("review_chain") String reviewChain,
		@Column("draft_responsible_agency") String responsibleAgency,
		@Column("draft_responsible_contact") String responsibleAgencyContact) {

	static final ReplyDraft NONE = new ReplyDraft(0, null, null, null, null, null, null, null);

	/** The next draft, numbered after this one. */
	ReplyDraft next(Outcome outcome, String legalBasis, String text, Long draftedBy, List<Role> chain,
			ResponsibleAgency responsible) {
		return new ReplyDraft(number + 1, outcome, legalBasis, text, draftedBy,
				String.join(",", chain.stream().map(Role::name).toList()),
				responsible == null ? null : responsible.name(), responsible == null ? null : responsible.contact());
	}

	/** No draft, keeping the count for the next one. */
	ReplyDraft cleared() {
		return new ReplyDraft(number, null, null, null, null, null, null, null);
	}

	/** The review chain's roles, in order. */
	List<Role> chain() {
		if (reviewChain == null || reviewChain.isBlank()) {
			return List.of();
		}
		return Arrays.stream(reviewChain.split(",")).map(Role::valueOf).toList();
	}

}
