/**
 * 行政复议 and 行政诉讼 arising from 政府信息公开 (Article 51 of the Regulations): the cases an agency is party to,
 * linked to the application they concern or entered for an older one, their results (维持 / 纠正 / 其他 / 尚未审结),
 * the reopening of an application that a correcting result sends back, and table 四 of the annual report.
 *
 * <p>API for other modules: {@link org.gongkai.appeals.AppealStatistics} (table 四, in the shape of the annual-report
 * JSON's {@code reviewAndLitigation}) and the past-tense {@link org.gongkai.appeals.AppealEvent}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals (行政复议与行政诉讼)",
		allowedDependencies = { "requests", "agencies", "shared" })
package org.gongkai.appeals;
