package org.gongkai.appeals;

import java.time.LocalDate;

/**
 * The facts of a case that staff enter and may later amend.
 *
 * @param body the reconsideration body (复议机关) or the court (人民法院)
 * @param caseNumber the body's case number (案号), such as 卧政复〔2025〕12 号 or （2025）豫 1302 行初
 * 45 号; may follow later
 * @param filedOn the day the applicant applied for reconsideration or sued (申请或起诉日期)
 * @param contestedAct what is contested
 * @param claims the applicant's claims (复议请求、诉讼请求), briefly
 */
public record CaseFacts(String body, String caseNumber, LocalDate filedOn, ContestedAct contestedAct, String claims) {

	public CaseFacts {
		body = trimmed(body);
		caseNumber = trimmed(caseNumber);
		claims = trimmed(claims);
	}

	static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
