package org.gongkai.fees;

import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.letters.GeneratedLetter;
import org.gongkai.letters.LetterFacts;
import org.gongkai.letters.LetterKind;
import org.gongkai.letters.Letters;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fee-notice step with its letter: issues the fee notice (收费通知书) of an application
 * and generates its letter in the same transaction, so that the clerk gets the letter in
 * the same click as the step, and a letter that cannot be generated (no font, a broken
 * wording) leaves no notice behind. The letter is kept by the letters module as a
 * document of the case: kind {@code fee-notice}, its revision, its number (文号) and who
 * generated it. It states the applicant, the basis (Art. 42 of the Regulations and
 * 国办函〔2020〕109号), the standard, the amount, how to pay and the payment term of 20 working
 * days from the day after receipt.
 */
@Service
@NamedInterface("api")
public class FeeNoticeLetters {

	private final FeeNotices notices;

	private final Letters letters;

	FeeNoticeLetters(FeeNotices notices, Letters letters) {
		this.notices = notices;
		this.letters = letters;
	}

	/**
	 * A notice issued and its letter.
	 *
	 * @param notice the fee notice
	 * @param letter the 收费通知书 generated for it
	 */
	public record Issued(FeeNotice notice, GeneratedLetter letter) {
	}

	/**
	 * Issues the notice as {@link FeeNotices#issue} and generates its letter from
	 * {@code caseFacts} (the facts of the case as for every letter of it: applicant,
	 * agency block, dates, remedies) with the notice's fee and payment term added.
	 * @throws org.gongkai.shared.RuleViolation and
	 * {@link org.gongkai.shared.InvalidInput} as {@link FeeNotices#issue} and
	 * {@link Letters#generate}; nothing is kept then
	 */
	@Transactional
	public Issued issue(FeeNotices.NewFeeNotice command, CaseState caseState, LetterFacts caseFacts, String actor) {
		FeeNotice notice = notices.issue(command, caseState, actor);
		GeneratedLetter letter = letters.generate(new Letters.NewLetter(notice.agencyId(), notice.requestId(),
				LetterKind.FEE_NOTICE, facts(notice, caseFacts)), actor);
		return new Issued(notice, letter);
	}

	/**
	 * The facts of the notice's letter: the case's, with the fee (standard, amount, how
	 * to pay) and the term in working days. The term's last day is not printed: it runs
	 * from the day after the applicant receives the notice, which is not known yet.
	 */
	static LetterFacts facts(FeeNotice notice, LetterFacts caseFacts) {
		return caseFacts
			.withFee(new LetterFacts.Fee(notice.standard(), notice.amountYuan(), notice.paymentInstructions()))
			.withTerm(null, StatutoryTerms.FEE_PAYMENT_DAYS);
	}

}
