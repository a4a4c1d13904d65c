package org.gongkai.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The placeholders a letter template may use ({@code {{申请人}}}) and their values for a
 * case. The names are Chinese, as the clerks who edit the templates read them; the set is
 * closed, so a template naming another is refused when saved.
 */
public final class Placeholders {

	/** The document number placeholder, filled from the agency's sequence. */
	public static final String NUMBER = "文号";

	/** The reasons placeholder an adverse reply must keep. */
	public static final String REASONS = "理由";

	/** The legal basis placeholder every reply must keep. */
	public static final String LEGAL_BASIS = "法律依据";

	/**
	 * The responsible agency, which the reply 不属于本机关公开 must name (Article 36 item 5).
	 */
	public static final String RESPONSIBLE_AGENCY = "负责机关";

	/** The responsible agency's contact details, which that reply must give. */
	public static final String RESPONSIBLE_AGENCY_CONTACT = "负责机关联系方式";

	/** The placeholders naming the remedies, which every reply must keep. */
	public static final Set<String> REMEDIES = Set.of("复议机关", "复议期限", "诉讼法院", "诉讼期限");

	private static final String REVIEW_BODY_UNNAMED = "有管辖权的行政复议机关";

	private static final String COURT_UNNAMED = "有管辖权的人民法院";

	/** Every placeholder with what it stands for (shown beside the editor). */
	static final Map<String, String> DESCRIPTIONS = descriptions();

	private Placeholders() {
	}

	private static Map<String, String> descriptions() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put(NUMBER, "文号（按本机关编号规则自动分配）");
		names.put("标题", "文书标题");
		names.put("申请编号", "申请编号");
		names.put("申请人", "申请人姓名或者名称");
		names.put("申请人地址", "申请人通信地址");
		names.put("申请人联系方式", "申请人联系电话或者电子邮箱");
		names.put("收件人", "第三方或者被征求意见机关的名称");
		names.put("收件人地址", "第三方或者被征求意见机关的地址");
		names.put("申请内容", "申请公开的政府信息的描述");
		names.put("收到日期", "收到申请（或者补正）之日");
		names.put("发文日期", "文书日期");
		names.put("期限日期", "答复、补正、提出意见或者缴费期限的最后一日");
		names.put("原期限日期", "延期前的答复期限");
		names.put("期限天数", "期限的工作日数");
		names.put(LEGAL_BASIS, "引用的法律依据（条款）");
		names.put(REASONS, "本案理由");
		names.put("说明", "其他说明：获取方式、途径，拟公开的内容等");
		names.put("机关名称", "本机关名称");
		names.put("公开工作机构", "政府信息公开工作机构名称");
		names.put("机关地址", "办公地址");
		names.put("邮政编码", "邮政编码");
		names.put("办公时间", "办公时间");
		names.put("联系电话", "联系电话");
		names.put("传真号码", "传真号码");
		names.put("互联网联系方式", "互联网联系方式（网站）");
		names.put("电子邮箱", "电子邮箱");
		names.put("联系信息", "本机关联系信息（第十二条各项，缺项不印）");
		names.put(RESPONSIBLE_AGENCY, "负责公开该信息的机关名称（不属于本机关负责公开时）");
		names.put(RESPONSIBLE_AGENCY_CONTACT, "负责公开该信息的机关的联系方式");
		names.put("收费标准", "信息处理费收费标准");
		names.put("收费金额", "信息处理费金额（元）");
		names.put("缴费方式", "缴费方式");
		names.put("复议机关", "行政复议机关");
		names.put("复议期限", "申请行政复议的期限（60日）");
		names.put("诉讼法院", "提起行政诉讼的人民法院");
		names.put("诉讼期限", "提起行政诉讼的期限（6个月）");
		return Collections.unmodifiableMap(names);
	}

	/** Whether {@code name} is a placeholder a template may use. */
	static boolean isKnown(String name) {
		return DESCRIPTIONS.containsKey(name);
	}

	/** Every placeholder name with what it stands for, in the editor's order. */
	public static Map<String, String> all() {
		return DESCRIPTIONS;
	}

	/**
	 * The value of every placeholder for {@code facts}; absent facts are empty strings.
	 */
	static Map<String, String> values(LetterKind kind, LetterFacts facts, String number) {
		Map<String, String> values = new LinkedHashMap<>();
		LetterFacts.Party applicant = facts.applicant();
		LetterFacts.Party addressee = facts.addressee() != null ? facts.addressee() : applicant;
		LetterFacts.AgencyBlock agency = facts.agency();
		LetterFacts.Remedies remedies = facts.remedies();
		values.put(NUMBER, number);
		values.put("标题", kind.title());
		values.put("申请编号", facts.caseNumber());
		values.put("申请人", applicant.name());
		values.put("申请人地址", applicant.address());
		values.put("申请人联系方式", applicant.contact());
		values.put("收件人", addressee.name());
		values.put("收件人地址", addressee.address());
		values.put("申请内容", facts.informationSought());
		values.put("收到日期", date(facts.receivedOn()));
		values.put("发文日期", date(facts.issuedOn()));
		values.put("期限日期", date(facts.dueOn()));
		values.put("原期限日期", date(facts.originalDueOn()));
		values.put("期限天数", facts.termDays() == null ? null : facts.termDays().toString());
		values.put(LEGAL_BASIS, blank(facts.legalBasis()) ? kind.legalBasis() : facts.legalBasis());
		values.put(REASONS, facts.reasons());
		values.put("说明", facts.details());
		values.put("机关名称", agency.name());
		values.put("公开工作机构", agency.disclosureOffice());
		values.put("机关地址", agency.address());
		values.put("邮政编码", agency.postcode());
		values.put("办公时间", agency.officeHours());
		values.put("联系电话", agency.phone());
		values.put("传真号码", agency.fax());
		values.put("互联网联系方式", agency.website());
		values.put("电子邮箱", agency.email());
		values.put("联系信息", contactLine(agency));
		values.put(RESPONSIBLE_AGENCY, facts.responsibleAgency());
		values.put(RESPONSIBLE_AGENCY_CONTACT, facts.responsibleAgencyContact());
		values.put("收费标准", facts.fee() == null ? null : facts.fee().standard());
		values.put("收费金额", facts.fee() == null ? null : yuan(facts.fee().amountYuan()));
		values.put("缴费方式", facts.fee() == null ? null : facts.fee().howToPay());
		values.put("复议机关", blank(remedies.reviewBody()) ? REVIEW_BODY_UNNAMED : remedies.reviewBody());
		values.put("复议期限", remedies.reviewDays() + "日");
		values.put("诉讼法院", blank(remedies.court()) ? COURT_UNNAMED : remedies.court());
		values.put("诉讼期限", remedies.litigationMonths() + "个月");
		values.replaceAll((name, value) -> value == null ? "" : value);
		return values;
	}

	/** A day as letters print it: 2026年3月2日. */
	static String date(LocalDate day) {
		return day == null ? null : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	private static String yuan(BigDecimal amount) {
		return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0).toPlainString()
				: amount.setScale(2).toPlainString();
	}

	private static String contactLine(LetterFacts.AgencyBlock agency) {
		return Stream
			.of(part("联系机构：", agency.disclosureOffice()), part("地址：", agency.address()), part("邮编：", agency.postcode()),
					part("办公时间：", agency.officeHours()), part("电话：", agency.phone()), part("传真：", agency.fax()),
					part("网址：", agency.website()), part("电子邮箱：", agency.email()))
			.filter(Objects::nonNull)
			.collect(Collectors.joining("；"));
	}

	private static String part(String label, String value) {
		return blank(value) ? null : label + value;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
