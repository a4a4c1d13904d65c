package org.gongkai.letters;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A letter generated and kept by the module (its DOCX and PDF are read with
 * {@link Letters#file}).
 *
 * @param id the letter's identifier
 * @param agencyId the agency that wrote it
 * @param caseId the application it belongs to, or none (a sample)
 * @param kind its kind
 * @param revision 1 for the first letter of this kind in the case, 2 for the next
 * @param number its document number (文号)
 * @param templateVersion the version of the wording it was filled from (0 = default)
 * @param title its title
 * @param generatedAt when it was generated
 * @param generatedBy who generated it
 */
@NamedInterface("api")
public record GeneratedLetter(long id, long agencyId, Long caseId, LetterKind kind, int revision, String number,
		int templateVersion, String title, Instant generatedAt, String generatedBy) {

	/** The file name of the letter in {@code format}: 答复书-依申请〔2026〕7号.pdf. */
	public String filename(LetterFormat format) {
		String base = title.replace("政府信息公开", "");
		return base + "-" + number.replaceAll("[\\\\/:*?\"<>|\\s]", "") + "." + format.extension();
	}

}
