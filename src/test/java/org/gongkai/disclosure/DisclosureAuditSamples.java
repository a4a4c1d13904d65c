package org.gongkai.disclosure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.shared.AuditableEvent;

/**
 * One audit event of every kind of summary the disclosure module writes outside the entry
 * history (yearly figures, normative documents, settings), each variant of each sentence,
 * with the values the module passes.
 */
public final class DisclosureAuditSamples {

	private DisclosureAuditSamples() {
	}

	public static List<AuditableEvent> events() {
		Map<PublicationChannel, Integer> channels = new LinkedHashMap<>();
		channels.put(PublicationChannel.WECHAT, 1128);
		channels.put(PublicationChannel.GOVERNMENT_SERVICE_PORTAL, null);
		LocalDate issued = LocalDate.of(2024, 5, 6);
		return List.of(
				new YearlyFiguresRecorded(3L, "demo", 2023, "演示数据：卧龙区商务局 2023 年政府信息公开工作年度报告", 0, 0, 0, "0",
						channels.toString()),
				new YearlyFiguresRecorded(3L, "publisher", 2025, "导入：figures.csv", 12, 3, 1, "1.25", "{}"),
				new NormativeDocumentRecorded(7, 3L, "publisher", DocumentKind.REGULATION, "卧龙区商务局行政许可办法", issued,
						null),
				new NormativeDocumentRecorded(8, 3L, "publisher", DocumentKind.NORMATIVE_DOCUMENT, "关于规范商务执法的通知",
						issued, issued.plusYears(1)),
				new DisclosureSettingsChanged(3L, "admin", "chain", "[1:初审:PUBLISHER, 2:终审:LEADER:保密审查]"),
				new DisclosureSettingsChanged(3L, "admin", "index-pattern", "{机关代码}-{年}-{序号:4}"),
				new DisclosureSettingsChanged(3L, "admin", "may-make-regulations", "true"),
				new DisclosureSettingsChanged(3L, "admin", "administrative-level", "COUNTY"),
				new DisclosureSettingsChanged(3L, "admin", "administrative-level", "null"));
	}

}
