package org.gongkai.requests;

import java.util.Arrays;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * How an application was disposed of: the reply given, each counted in exactly one of the
 * 21 outcome rows of table 三 of the annual report (国办公开办函〔2021〕30号). Row 三（四）1 counts two
 * replies, 本机关不掌握 ({@link #UNAVAILABLE_NOT_HELD}, Article 36 (四)) and 不属于本机关公开
 * ({@link #UNAVAILABLE_NOT_RESPONSIBLE}, Article 36 (五)); every other outcome is its row.
 * A partially disclosed application counts only as {@link #PARTIALLY_GRANTED} (R-OFF-2),
 * so every closed application falls in exactly one row.
 *
 * <p>
 * The legal basis is the article of the Regulations the reply cites (an interpretation
 * where the Regulations name none; see docs/requests.md).
 */
@NamedInterface("api")
public enum Outcome {

	/** 三（一）予以公开. */
	GRANTED("granted", Group.GRANTED, "予以公开", "《条例》第三十六条第（一）、（二）项"),
	/** 三（二）部分公开（区分处理的，只计这一情形）. */
	PARTIALLY_GRANTED("partiallyGranted", Group.PARTIALLY_GRANTED, "部分公开（区分处理的，只计这一情形，不计其他情形）", "《条例》第三十七条"),
	/** 三（三）1. */
	WITHHELD_STATE_SECRET("withheld.stateSecret", Group.WITHHELD, "属于国家秘密", "《条例》第十四条"),
	/** 三（三）2. */
	WITHHELD_PROHIBITED_BY_LAW("withheld.prohibitedByLaw", Group.WITHHELD, "其他法律行政法规禁止公开", "《条例》第十四条"),
	/** 三（三）3. */
	WITHHELD_ENDANGERS_SECURITY_OR_STABILITY("withheld.endangersSecurityOrStability", Group.WITHHELD, "危及“三安全一稳定”",
			"《条例》第十四条"),
	/** 三（三）4. */
	WITHHELD_THIRD_PARTY_RIGHTS("withheld.thirdPartyRights", Group.WITHHELD, "保护第三方合法权益", "《条例》第十五条、第三十二条"),
	/** 三（三）5. */
	WITHHELD_INTERNAL_AFFAIRS("withheld.internalAffairs", Group.WITHHELD, "属于三类内部事务信息", "《条例》第十六条第一款"),
	/** 三（三）6. */
	WITHHELD_PROCESS_INFORMATION("withheld.processInformation", Group.WITHHELD, "属于四类过程性信息", "《条例》第十六条第二款"),
	/** 三（三）7. */
	WITHHELD_LAW_ENFORCEMENT_FILE("withheld.lawEnforcementFile", Group.WITHHELD, "属于行政执法案卷", "《条例》第十六条第二款"),
	/** 三（三）8. */
	WITHHELD_ADMINISTRATIVE_QUERY("withheld.administrativeQuery", Group.WITHHELD, "属于行政查询事项", "《条例》第三十六条第（七）项"),
	/** 三（四）1: after a search the information does not exist here (Article 36 (四)). */
	UNAVAILABLE_NOT_HELD("unavailable.notHeld", Group.UNAVAILABLE, "本机关不掌握相关政府信息", "《条例》第三十六条第（四）项"),
	/**
	 * 三（四）1 as well: the information is not this agency's to disclose; the reply names
	 * the responsible agency and its contact details (Article 36 (五)).
	 */
	UNAVAILABLE_NOT_RESPONSIBLE("unavailable.notResponsible", "unavailable.notHeld", Group.UNAVAILABLE, "不属于本机关公开",
			"《条例》第三十六条第（五）项"),
	/** 三（四）2. */
	UNAVAILABLE_NEEDS_CREATION("unavailable.needsCreation", Group.UNAVAILABLE, "没有现成信息需要另行制作", "《条例》第三十八条"),
	/** 三（四）3. */
	UNAVAILABLE_UNCLEAR_AFTER_CORRECTION("unavailable.unclearAfterCorrection", Group.UNAVAILABLE, "补正后申请内容仍不明确",
			"《条例》第三十条"),
	/** 三（五）1. */
	NOT_PROCESSED_PETITION_OR_COMPLAINT("notProcessed.petitionOrComplaint", Group.NOT_PROCESSED, "信访举报投诉类申请",
			"《条例》第三十九条第一款"),
	/** 三（五）2. */
	NOT_PROCESSED_REPEATED("notProcessed.repeated", Group.NOT_PROCESSED, "重复申请", "《条例》第三十六条第（六）项"),
	/** 三（五）3. */
	NOT_PROCESSED_PUBLICATION("notProcessed.publication", Group.NOT_PROCESSED, "要求提供公开出版物", "《条例》第三十九条第二款"),
	/** 三（五）4. */
	NOT_PROCESSED_EXCESSIVE("notProcessed.excessive", Group.NOT_PROCESSED, "无正当理由大量反复申请", "《条例》第三十五条"),
	/** 三（五）5 (no explicit article; see docs/requests.md). */
	NOT_PROCESSED_CONFIRMATION_OF_OBTAINED("notProcessed.confirmationOfObtained", Group.NOT_PROCESSED,
			"要求行政机关确认或重新出具已获取信息", "《条例》第三十八条（参照）"),
	/** 三（六）1: deemed abandoned after the correction term passed (Article 30). */
	OTHER_DISPOSAL_CORRECTION_OVERDUE("otherDisposal.correctionOverdue", Group.OTHER_DISPOSAL,
			"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "《条例》第三十条"),
	/** 三（六）2. */
	OTHER_DISPOSAL_FEE_UNPAID("otherDisposal.feeUnpaid", Group.OTHER_DISPOSAL, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
			"《条例》第四十二条，《政府信息公开信息处理费管理办法》"),
	/** 三（六）3: withdrawal by the applicant and other rare cases. */
	OTHER_DISPOSAL_OTHER("otherDisposal.other", Group.OTHER_DISPOSAL, "其他", "—");

	/** The block of table 三 an outcome belongs to. */
	public enum Group {

		GRANTED, PARTIALLY_GRANTED, WITHHELD, UNAVAILABLE, NOT_PROCESSED, OTHER_DISPOSAL

	}

	private final String key;

	private final String rowKey;

	private final Group group;

	private final String label;

	private final String legalBasis;

	Outcome(String key, Group group, String label, String legalBasis) {
		this(key, key, group, label, legalBasis);
	}

	Outcome(String key, String rowKey, Group group, String label, String legalBasis) {
		this.key = key;
		this.rowKey = rowKey;
		this.group = group;
		this.label = label;
		this.legalBasis = legalBasis;
	}

	/**
	 * The outcome's own key, such as {@code withheld.stateSecret}: the row key for an
	 * outcome that is its row, {@code unavailable.notResponsible} for the second reply of
	 * row 三（四）1.
	 */
	public String key() {
		return key;
	}

	/**
	 * The key of the table 三 row this outcome counts in, as in the annual-report JSON:
	 * {@code unavailable.notHeld} for both replies of row 三（四）1.
	 */
	public String rowKey() {
		return rowKey;
	}

	/**
	 * Whether this outcome names its own row (every outcome but the second reply of a
	 * row).
	 */
	public boolean isRow() {
		return key.equals(rowKey);
	}

	/** The outcomes that name the 21 outcome rows of table 三, in table order. */
	public static List<Outcome> rows() {
		return Arrays.stream(values()).filter(Outcome::isRow).toList();
	}

	public Group group() {
		return group;
	}

	/**
	 * The reply's label: the official row label of table 三 for an outcome that is its
	 * row.
	 */
	public String label() {
		return label;
	}

	/** The default legal basis cited in a reply with this outcome. */
	public String legalBasis() {
		return legalBasis;
	}

	/** The outcome whose row key is {@code key}. */
	public static Outcome ofKey(String key) {
		for (Outcome outcome : values()) {
			if (outcome.key.equals(key)) {
				return outcome;
			}
		}
		throw new IllegalArgumentException("未知的办理结果：" + key);
	}

}
