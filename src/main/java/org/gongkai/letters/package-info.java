/**
 * 文书: the notices and replies of an application for government information, generated
 * from the case as DOCX and PDF with the standard wording (规范答复口径): the 受理回执, the 补正告知书,
 * the 延期答复告知书, the consultation letters, the notice to a third party of disclosure over
 * its objection, the 收费通知书 and a 政府信息公开申请答复书 for each outcome row of table 三. Each agency
 * may edit the wording; each letter gets a document number (文号) from the agency's
 * sequence, and is kept with who generated it. See docs/letters.md.
 *
 * <p>
 * API for other modules, the named interface {@code letters :: api}:
 * {@link org.gongkai.letters.Letters} (generate, preview, find and read letters),
 * {@link org.gongkai.letters.LetterKind}, {@link org.gongkai.letters.LetterFacts} and the
 * types of their answers. It depends on {@code shared}; its console pages ask
 * {@code agencies :: api} which agencies the signed-in person may edit.
 */
@ApplicationModule(displayName = "Letters (文书)", allowedDependencies = { "agencies :: api", "shared" })
package org.gongkai.letters;

import org.springframework.modulith.ApplicationModule;
