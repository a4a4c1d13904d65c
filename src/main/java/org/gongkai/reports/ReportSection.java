package org.gongkai.reports;

import java.util.List;

/**
 * One of the six sections of an annual report as read: its number (1 for 一、总体情况 to 6 for
 * 六、其他需要报告的事项), the heading as printed and its running text without tables.
 */
public record ReportSection(int number, String heading, String text) {

	/** The official headings of the 2021 template, in order. */
	public static final List<String> HEADINGS = List.of("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
			"存在的主要问题及改进情况", "其他需要报告的事项");

}
