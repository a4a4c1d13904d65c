package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;

/**
 * What a catalogue entry says, as the drafter writes it (Article 12 of the Regulations
 * and the 公开目录 practice).
 *
 * @param kind document, policy interpretation or list
 * @param title 标题
 * @param summary 内容概述
 * @param formedOn 生成日期: when the information was formed or last changed; the Article 26
 * clock runs from it
 * @param documentNumber 发文字号
 * @param issuingBody 发布机构
 * @param topic 主题分类
 * @param genre 体裁
 * @param article20Item the item of Article 20 (1–15) the information falls under
 * @param article21Item the item of Article 21 (1–4, for city, county and township
 * governments and their departments)
 * @param validity 有效性
 * @param validFrom in force from
 * @param validityChangedOn the day it lapsed or was repealed
 * @param disclosureMethod 公开方式, such as 政府网站
 * @param body the rich-text body, already sanitised ({@link RichText})
 * @param interpretationOf for an interpretation, the entry it interprets
 * @param relatedIds other entries it refers to
 */
public record EntryContent(EntryKind kind, String title, String summary, LocalDate formedOn, String documentNumber,
		String issuingBody, String topic, String genre, Integer article20Item, Integer article21Item, Validity validity,
		LocalDate validFrom, LocalDate validityChangedOn, String disclosureMethod, String body, Long interpretationOf,
		List<Long> relatedIds) {

	public EntryContent {
		kind = kind == null ? EntryKind.DOCUMENT : kind;
		validity = validity == null ? Validity.VALID : validity;
		relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
	}

	/**
	 * Checks every field rule at once.
	 * @throws InvalidInput with every problem found ({@code disclosure.invalid})
	 */
	public EntryContent checked() {
		List<FieldProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new FieldProblem("title", "disclosure.title.required"));
		}
		else if (title.codePointCount(0, title.length()) > 500) {
			problems.add(new FieldProblem("title", "disclosure.title.long", 500));
		}
		if (summary != null && summary.codePointCount(0, summary.length()) > 2000) {
			problems.add(new FieldProblem("summary", "disclosure.summary.long", 2000));
		}
		if (formedOn == null) {
			problems.add(new FieldProblem("formedOn", "disclosure.formedOn.required"));
		}
		if (article20Item != null && (article20Item < 1 || article20Item > 15)) {
			problems.add(new FieldProblem("article20Item", "disclosure.article20Item.range"));
		}
		if (article21Item != null && (article21Item < 1 || article21Item > 4)) {
			problems.add(new FieldProblem("article21Item", "disclosure.article21Item.range"));
		}
		if (validity != Validity.VALID && validityChangedOn == null) {
			problems.add(new FieldProblem("validityChangedOn", "disclosure.validityChangedOn.required"));
		}
		if (kind == EntryKind.INTERPRETATION && interpretationOf == null) {
			problems.add(new FieldProblem("interpretationOf", "disclosure.interpretationOf.required"));
		}
		if (body != null && body.codePointCount(0, body.length()) > 200_000) {
			problems.add(new FieldProblem("body", "disclosure.body.long", 200_000));
		}
		if (relatedIds.size() > 50) {
			problems.add(new FieldProblem("relatedIds", "disclosure.relatedIds.many", 50));
		}
		for (String[] field : new String[][] { { "documentNumber", documentNumber }, { "issuingBody", issuingBody },
				{ "topic", topic }, { "genre", genre }, { "disclosureMethod", disclosureMethod } }) {
			if (field[1] != null && field[1].codePointCount(0, field[1].length()) > 100) {
				problems.add(new FieldProblem(field[0], "disclosure.field.long", 100));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("disclosure.invalid", problems);
		}
		return this;
	}

	/** The same content with {@code body} in place of this one's. */
	public EntryContent withBody(String newBody) {
		return new EntryContent(kind, title, summary, formedOn, documentNumber, issuingBody, topic, genre,
				article20Item, article21Item, validity, validFrom, validityChangedOn, disclosureMethod, newBody,
				interpretationOf, relatedIds);
	}

}
