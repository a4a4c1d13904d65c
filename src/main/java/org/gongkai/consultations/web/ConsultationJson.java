package org.gongkai.consultations.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.consultations.ConsultationSearch;
import org.gongkai.consultations.ConsultationStatistics;
import org.gongkai.consultations.Consultations;
import org.gongkai.consultations.Question;
import org.gongkai.consultations.QuestionChannel;
import org.gongkai.consultations.QuestionType;
import org.gongkai.shared.CaseHistory;

/** The JSON shapes of the consultations API. */
final class ConsultationJson {

	private ConsultationJson() {
	}

	/** A question received by phone, from the hotline or on paper. */
	record QuestionBody(Long agencyId, QuestionChannel channel, QuestionType type, String title, String body,
			String name, String contact, Boolean consent, LocalDate receivedOn, String hotlineNumber) {

		Question.Received received() {
			return new Question.Received(agencyId == null ? 0 : agencyId, channel, type, title, body, name, contact,
					Boolean.TRUE.equals(consent), receivedOn, hotlineNumber);
		}

	}

	/** An answer; {@code answeredOn} is today when absent. */
	record QuestionAnswerBody(String answer, LocalDate answeredOn) {
	}

	/** The public copy; each part absent is the suggested one, personal data removed. */
	record PublicationBody(String title, String body, String answer) {
	}

	/** The answer term read today. */
	record AnswerTermJson(int workingDays, LocalDate dueOn, int workingDaysLeft, boolean overdue, boolean dueSoon) {
	}

	/** The published copy. */
	record PublicCopyJson(String title, String body, String answer, LocalDate publishedOn) {
	}

	/** A question with its answer, term, publication and history. */
	record ConsultationJsonView(long id, long agencyId, String agencyName, QuestionChannel channel, QuestionType type,
			String title, String body, String name, String contact, boolean consent, LocalDate receivedOn,
			String hotlineNumber, String answer, LocalDate answeredOn, String answeredBy, AnswerTermJson term,
			boolean published, PublicCopyJson publicCopy, int version, List<ConsultationStepJson> history) {

		static ConsultationJsonView of(Consultations.View view, int termDays, List<CaseHistory.Step> history) {
			Question q = view.question();
			Question.PublicCopy copy = q.getPublicCopy();
			return new ConsultationJsonView(q.getId(), q.getAgencyId(), view.agencyName(), q.getChannel(), q.getType(),
					q.getTitle(), q.getBody(), q.getAskerName(), q.getAskerContact(), q.isConsent(), q.getReceivedOn(),
					q.getHotlineNumber(), q.getAnswer(), q.getAnsweredOn(), q.getAnsweredByName(),
					new AnswerTermJson(termDays, view.clock().due(), view.clock().workingDaysLeft(),
							!q.isAnswered() && view.clock().overdue(), !q.isAnswered() && view.clock().dueSoon()),
					q.isPublished(),
					copy == null ? null
							: new PublicCopyJson(copy.title(), copy.body(), copy.answer(), q.getPublishedOn()),
					q.getVersion(),
					history.stream()
						.map(step -> new ConsultationStepJson(step.occurredAt(), step.actor(), step.action(),
								step.summary()))
						.toList());
		}

	}

	/** A step of a question's history. */
	record ConsultationStepJson(Instant occurredAt, String actor, String action, String summary) {
	}

	/** One line of a list. */
	record ConsultationRowJson(long id, long agencyId, String agencyName, QuestionChannel channel, QuestionType type,
			String title, LocalDate receivedOn, LocalDate dueOn, LocalDate answeredOn, boolean published) {

		static ConsultationRowJson of(ConsultationSearch.Row row) {
			return new ConsultationRowJson(row.id(), row.agencyId(), row.agencyName(), row.channel(), row.type(),
					row.title(), row.receivedOn(), row.dueOn(), row.answeredOn(), row.published());
		}

		static List<ConsultationRowJson> of(List<ConsultationSearch.Row> rows) {
			return rows.stream().map(ConsultationRowJson::of).toList();
		}

	}

	/** A page of the console list. */
	record ConsultationPageJson(List<ConsultationRowJson> rows, Long nextBeforeId) {
	}

	/** One agency of the 督办 view. */
	record SupervisedAgencyJson(long agencyId, String agencyName, long open, long overdue) {
	}

	/** The 督办 view. */
	record ConsultationSupervisionJson(List<SupervisedAgencyJson> agencies, List<ConsultationRowJson> overdue) {

		static ConsultationSupervisionJson of(ConsultationSearch.Supervision supervision) {
			return new ConsultationSupervisionJson(supervision.agencies()
				.stream()
				.map(line -> new SupervisedAgencyJson(line.agencyId(), line.agencyName(), line.open(), line.overdue()))
				.toList(), ConsultationRowJson.of(supervision.overdue()));
		}

	}

	/** The yearly counts. */
	record ConsultationYearlyJson(long agencyId, int year, int received, int answered, Map<String, Integer> byChannel,
			Map<String, Integer> byType) {

		static ConsultationYearlyJson of(long agencyId, int year, ConsultationStatistics.Yearly yearly) {
			return new ConsultationYearlyJson(agencyId, year, yearly.received(), yearly.answered(), yearly.byChannel(),
					yearly.byType());
		}

	}

}
