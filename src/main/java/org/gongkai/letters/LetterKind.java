package org.gongkai.letters;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * The kinds of letter the module generates: the notices of the steps of an application
 * and the replies (政府信息公开申请答复书) for the 21 outcome rows of table 三, each with the legal
 * basis its standard wording cites. Row 三（四）1 has two replies, 本机关不掌握 (Article 36 item 4)
 * and 不属于本机关公开 (Article 36 item 5), so there are 22 replies.
 *
 * <p>
 * A reply kind carries the outcome's row key ({@code withheld.stateSecret}, as
 * {@code requests.Outcome.key()}), so the applications module finds the reply for an
 * outcome with {@link #replyFor(String)} without this module knowing its enum. Adverse
 * replies (every reply but 予以公开) must state the reasons, the article and the remedies
 * (行政复议 within 60 days, 行政诉讼 within 6 months): their templates are refused without them.
 */
@NamedInterface("api")
public enum LetterKind {

	/** 政府信息公开申请受理回执 (Articles 31 and 33 of the Regulations). */
	ACKNOWLEDGEMENT("acknowledgement", "政府信息公开申请受理回执", "《条例》第三十一条、第三十三条", null, Addressee.APPLICANT),
	/** 补正告知书: one notice of what to correct and by when (Article 30). */
	CORRECTION_NOTICE("correction-notice", "政府信息公开申请补正告知书", "《条例》第三十条", null, Addressee.APPLICANT),
	/** 延期答复告知书: the extension of at most 20 working days (Article 33 ¶2). */
	EXTENSION_NOTICE("extension-notice", "政府信息公开申请延期答复告知书", "《条例》第三十三条第二款", null, Addressee.APPLICANT),
	/** 征求第三方意见书: the written consultation of a third party (Article 32). */
	THIRD_PARTY_CONSULTATION("third-party-consultation", "政府信息公开征求第三方意见书", "《条例》第三十二条", null, Addressee.THIRD_PARTY),
	/** 征求其他机关意见函: the consultation of a co-producing agency (Article 34). */
	AGENCY_CONSULTATION("agency-consultation", "政府信息公开征求意见函", "《条例》第三十四条", null, Addressee.AGENCY),
	/**
	 * 公开告知书 to a third party: disclosure over its objection in the public interest
	 * (Articles 15 and 32).
	 */
	DISCLOSURE_OVER_OBJECTION("disclosure-over-objection", "政府信息公开告知书（第三方）", "《条例》第十五条、第三十二条", null,
			Addressee.THIRD_PARTY),
	/** 收费通知书 (Article 42 and the 信息处理费 rules, 国办函〔2020〕109号). */
	FEE_NOTICE("fee-notice", "政府信息公开信息处理费收费通知书", "《条例》第四十二条，《政府信息公开信息处理费管理办法》", null, Addressee.APPLICANT),

	/** 答复书, 三（一）予以公开 (Article 36 items 1 and 2). */
	REPLY_GRANTED("granted", "《条例》第三十六条第（一）、（二）项"),
	/** 答复书, 三（二）部分公开 (Article 37). */
	REPLY_PARTIALLY_GRANTED("partiallyGranted", "《条例》第三十七条"),
	/** 答复书, 三（三）1 属于国家秘密 (Article 14). */
	REPLY_WITHHELD_STATE_SECRET("withheld.stateSecret", "《条例》第十四条"),
	/** 答复书, 三（三）2 其他法律行政法规禁止公开 (Article 14). */
	REPLY_WITHHELD_PROHIBITED_BY_LAW("withheld.prohibitedByLaw", "《条例》第十四条"),
	/** 答复书, 三（三）3 危及“三安全一稳定” (Article 14). */
	REPLY_WITHHELD_ENDANGERS_SECURITY_OR_STABILITY("withheld.endangersSecurityOrStability", "《条例》第十四条"),
	/** 答复书, 三（三）4 保护第三方合法权益 (Articles 15 and 32). */
	REPLY_WITHHELD_THIRD_PARTY_RIGHTS("withheld.thirdPartyRights", "《条例》第十五条、第三十二条"),
	/** 答复书, 三（三）5 属于三类内部事务信息 (Article 16 ¶1). */
	REPLY_WITHHELD_INTERNAL_AFFAIRS("withheld.internalAffairs", "《条例》第十六条第一款"),
	/** 答复书, 三（三）6 属于四类过程性信息 (Article 16 ¶2). */
	REPLY_WITHHELD_PROCESS_INFORMATION("withheld.processInformation", "《条例》第十六条第二款"),
	/** 答复书, 三（三）7 属于行政执法案卷 (Article 16 ¶2). */
	REPLY_WITHHELD_LAW_ENFORCEMENT_FILE("withheld.lawEnforcementFile", "《条例》第十六条第二款"),
	/** 答复书, 三（三）8 属于行政查询事项 (Article 36 item 7). */
	REPLY_WITHHELD_ADMINISTRATIVE_QUERY("withheld.administrativeQuery", "《条例》第三十六条第（七）项"),
	/**
	 * 答复书, 三（四）1 本机关不掌握相关政府信息: after a search the information does not exist here
	 * (Article 36 item 4: 告知该政府信息不存在).
	 */
	REPLY_UNAVAILABLE_NOT_HELD("unavailable.notHeld", "《条例》第三十六条第（四）项"),
	/**
	 * 答复书, 不属于本机关公开 (counted in row 三（四）1 with the reply above): the information is not
	 * this agency's to disclose; the reply states why and names the responsible agency
	 * and its contact details where it can be determined (Article 36 item 5).
	 */
	REPLY_UNAVAILABLE_NOT_RESPONSIBLE("unavailable.notResponsible", "《条例》第三十六条第（五）项"),
	/** 答复书, 三（四）2 没有现成信息需要另行制作 (Article 38). */
	REPLY_UNAVAILABLE_NEEDS_CREATION("unavailable.needsCreation", "《条例》第三十八条"),
	/** 答复书, 三（四）3 补正后申请内容仍不明确 (Article 30). */
	REPLY_UNAVAILABLE_UNCLEAR_AFTER_CORRECTION("unavailable.unclearAfterCorrection", "《条例》第三十条"),
	/** 答复书, 三（五）1 信访举报投诉类申请 (Article 39 ¶1). */
	REPLY_NOT_PROCESSED_PETITION_OR_COMPLAINT("notProcessed.petitionOrComplaint", "《条例》第三十九条第一款"),
	/** 答复书, 三（五）2 重复申请 (Article 36 item 6). */
	REPLY_NOT_PROCESSED_REPEATED("notProcessed.repeated", "《条例》第三十六条第（六）项"),
	/** 答复书, 三（五）3 要求提供公开出版物 (Article 39 ¶2). */
	REPLY_NOT_PROCESSED_PUBLICATION("notProcessed.publication", "《条例》第三十九条第二款"),
	/** 答复书, 三（五）4 无正当理由大量反复申请 (Article 35). */
	REPLY_NOT_PROCESSED_EXCESSIVE("notProcessed.excessive", "《条例》第三十五条"),
	/** 答复书, 三（五）5 要求行政机关确认或重新出具已获取信息 (no explicit article). */
	REPLY_NOT_PROCESSED_CONFIRMATION_OF_OBTAINED("notProcessed.confirmationOfObtained", "《条例》第三十八条（参照）"),
	/** 答复书, 三（六）1 逾期不补正 (Article 30). */
	REPLY_OTHER_DISPOSAL_CORRECTION_OVERDUE("otherDisposal.correctionOverdue", "《条例》第三十条"),
	/** 答复书, 三（六）2 逾期未缴费 (Article 42 and the 信息处理费 rules). */
	REPLY_OTHER_DISPOSAL_FEE_UNPAID("otherDisposal.feeUnpaid", "《条例》第四十二条，《政府信息公开信息处理费管理办法》"),
	/** 答复书, 三（六）3 其他 (withdrawal and other rare cases; the article is the case's). */
	REPLY_OTHER_DISPOSAL_OTHER("otherDisposal.other", "《条例》第三十六条");

	/** To whom a letter is addressed. */
	public enum Addressee {

		/** The applicant (申请人). */
		APPLICANT,
		/** The third party consulted or told (第三方). */
		THIRD_PARTY,
		/** The other agency consulted (被征求意见机关). */
		AGENCY

	}

	private static final String REPLY_TITLE = "政府信息公开申请答复书";

	private final String code;

	private final String title;

	private final String legalBasis;

	private final String outcomeKey;

	private final Addressee addressee;

	LetterKind(String code, String title, String legalBasis, String outcomeKey, Addressee addressee) {
		this.code = code;
		this.title = title;
		this.legalBasis = legalBasis;
		this.outcomeKey = outcomeKey;
		this.addressee = addressee;
	}

	LetterKind(String outcomeKey, String legalBasis) {
		this("reply." + outcomeKey, REPLY_TITLE, legalBasis, outcomeKey, Addressee.APPLICANT);
	}

	/**
	 * The stable code of the kind, stored with every letter and naming its default
	 * template ({@code reply.withheld.stateSecret}, {@code correction-notice}).
	 */
	public String code() {
		return code;
	}

	/** The title printed at the head of the letter. */
	public String title() {
		return title;
	}

	/**
	 * The legal basis the standard wording cites, unless the case states its own, as
	 * printed in the (Chinese) letter.
	 */
	public String legalBasis() {
		return legalBasis;
	}

	/**
	 * The message key of {@link #legalBasis()} for pages in the reader's language; its
	 * Chinese message is {@link #legalBasis()} itself.
	 */
	public String legalBasisKey() {
		return "letter.basis." + code;
	}

	/** The outcome row key of a reply ({@code withheld.stateSecret}), or none. */
	public Optional<String> outcomeKey() {
		return Optional.ofNullable(outcomeKey);
	}

	public Addressee addressee() {
		return addressee;
	}

	/** Whether this is a 答复书 (the reply of an outcome). */
	public boolean isReply() {
		return outcomeKey != null;
	}

	/**
	 * Whether this is a reply that does not give all the information sought, and so must
	 * state reasons, article and remedies.
	 */
	public boolean isAdverse() {
		return isReply() && this != REPLY_GRANTED;
	}

	/** The kind whose code is {@code code}. */
	public static LetterKind ofCode(String code) {
		return Arrays.stream(values())
			.filter(kind -> kind.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("未知的文书种类：" + code));
	}

	/**
	 * The reply for the outcome row {@code outcomeKey} ({@code requests.Outcome.key()}).
	 * @throws IllegalArgumentException for a key that names no row
	 */
	public static LetterKind replyFor(String outcomeKey) {
		return Arrays.stream(values())
			.filter(kind -> outcomeKey.equals(kind.outcomeKey))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("未知的办理结果：" + outcomeKey));
	}

}
