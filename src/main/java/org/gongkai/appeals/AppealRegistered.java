package org.gongkai.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Published when a case was entered. */
public record AppealRegistered(long appealId, Long agencyId, String actor, Instant occurredAt, AppealKind kind,
		String application, String maskedApplicant, String body, String caseNumber,
		LocalDate filedOn) implements AppealEvent {

	@Override
	public String action() {
		return "appeal.registered";
	}

	@Override
	public String summary() {
		return "登记" + kind.label() + "：" + body + (caseNumber == null ? "" : " " + caseNumber) + "，" + filedOn
				+ " 申请/起诉，申请人 " + maskedApplicant + "，涉及 " + application;
	}

	@Override
	public String summaryCode() {
		return caseNumber == null ? "history.appeal.registered" : "history.appeal.registeredWithNumber";
	}

	@Override
	public List<Object> summaryArgs() {
		return Arrays.asList(new Label("appeal.kind." + kind.name(), kind.label()), body, caseNumber, filedOn,
				maskedApplicant, application);
	}

}
