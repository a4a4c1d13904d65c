/**
 * The annual report (政府信息公开工作年度报告, Articles 49 and 50 of the Regulations): its record
 * model in the interchange shape of docs/report-json.md, the one rule engine that
 * validates it ({@link org.gongkai.reports.ReportRules}, rule ids of regulations.md
 * §2.2), the compiler that fills it from the records of the other modules
 * ({@link org.gongkai.reports.ReportCompiler}), its versions, sign-off and publication
 * ({@link org.gongkai.reports.AnnualReports}), and the checker that reads published
 * reports (text, HTML, DOCX, PDF, directories and zips) into that model and runs the
 * rules over them. See docs/annual-report.md and docs/report-checker.md.
 *
 * <p>
 * The model, the rules and the readers use no Spring, so that the command line starts
 * fast and the compiler of the annual report uses the same engine. The compiler reads the
 * statistics interfaces of requests (table 三), appeals (table 四), disclosure (table 二 and
 * the channels), fees (section 六) and consultations (the questions answered), the
 * agencies API, and shared.
 */
@ApplicationModule(displayName = "Reports (年度报告)",
		allowedDependencies = { "requests :: statistics", "appeals :: statistics", "disclosure :: statistics",
				"fees :: statistics", "consultations :: statistics", "agencies :: api", "shared" })
package org.gongkai.reports;

import org.springframework.modulith.ApplicationModule;
