/**
 * The annual report (政府信息公开工作年度报告, Articles 49 and 50 of the Regulations): its record
 * model in the interchange shape of docs/report-json.md, the one rule engine that
 * validates it ({@link org.gongkai.reports.ReportRules}, rule ids of regulations.md
 * §2.2), and the checker that reads published reports (text, HTML, DOCX, PDF, directories
 * and zips) into that model and runs the rules over them. See docs/report-checker.md.
 *
 * <p>
 * The model, the rules and the readers use no Spring, so that the command line starts
 * fast and the compiler of the annual report uses the same engine. It depends on
 * {@code shared} only.
 */
@ApplicationModule(displayName = "Reports (年度报告)", allowedDependencies = { "shared" })
package org.gongkai.reports;

import org.springframework.modulith.ApplicationModule;
