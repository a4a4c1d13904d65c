package org.gongkai.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on questions: receiving them from the public form, entering those received by
 * phone or from the 12345 hotline, answering, and publishing the answered ones whose
 * askers consented. Registrars (登记员) and handlers (承办人) of the agency enter questions;
 * handlers answer and publish; supervisors (督办) of the region read.
 */
@Service
public class Consultations {

	/** Who may enter a question received by phone or from the hotline. */
	static final List<Role> ENTERING = List.of(Role.REGISTRAR, Role.HANDLER);

	/** Who may answer and publish. */
	static final Role ANSWERING = Role.HANDLER;

	static final int TITLE_MAX = 100;

	static final int BODY_MAX = 5000;

	static final int NAME_MAX = 50;

	static final int CONTACT_MAX = 100;

	static final int HOTLINE_MAX = 50;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Questions questions;

	private final AnswerTerms terms;

	private final QueryCodes queryCodes;

	private final Agencies agencies;

	private final AgencyAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Consultations(Questions questions, AnswerTerms terms, QueryCodes queryCodes, Agencies agencies, AgencyAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.questions = questions;
		this.terms = terms;
		this.queryCodes = queryCodes;
		this.agencies = agencies;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the asker is told after sending the form.
	 *
	 * @param queryCode the code that follows the question at {@code /questions/track},
	 * shown once and never stored
	 */
	public record Submission(long questionId, String queryCode, LocalDate dueOn) {
	}

	/** What the asker typed into the public form. */
	public record Asked(QuestionChannel channel, QuestionType type, String title, String body, String name,
			String contact, boolean consent) {
	}

	/** A question as the console and the API show it. */
	public record View(Question question, String agencyName, AnswerTerms.Reading clock,
			Question.PublicCopy suggestedCopy) {
	}

	/** A question as its asker follows it with the query code. */
	public record Tracked(String agencyName, QuestionType type, String title, LocalDate receivedOn, LocalDate dueOn,
			String answer, LocalDate answeredOn) {
	}

	/**
	 * Receives a question from the public form (信箱 or 在线咨询) on today's date.
	 * @throws InvalidInput naming every field in error
	 * @throws RecordNotFound if {@code agencyId} is not an agency that answers questions
	 */
	@Transactional
	public Submission ask(long agencyId, Asked asked) {
		Agency agency = answeringAgency(agencyId);
		List<FieldProblem> problems = new ArrayList<>();
		if (asked.channel() == null || !asked.channel().isPublicForm()) {
			problems.add(new FieldProblem("channel", "consultation.channel.required"));
		}
		if (asked.type() == null) {
			problems.add(new FieldProblem("type", "consultation.type.required"));
		}
		checkText(problems, asked.title(), asked.body(), asked.name(), asked.contact());
		if (!problems.isEmpty()) {
			throw new InvalidInput("consultation.invalid", problems);
		}
		LocalDate today = LocalDate.now(clock);
		String code = queryCodes.newCode();
		Question question = Question
			.received(new Question.Received(agency.getId(), asked.channel(), asked.type(), asked.title().strip(),
					asked.body().strip(), asked.name().strip(), asked.contact().strip(), asked.consent(), today, null),
					"public", clock.instant());
		long id = store(question, QueryCodes.digest(code), "public");
		return new Submission(id, code, terms.due(asked.type(), today));
	}

	/**
	 * Enters a question received by phone, from the 12345 hotline or on paper, by a
	 * registrar or handler of its agency.
	 * @throws AccessDeniedException without the role in the agency
	 * @throws InvalidInput naming every field in error
	 */
	@Transactional
	public long register(StaffPrincipal staff, Question.Received received) {
		if (ENTERING.stream().noneMatch(role -> staff.holds(role, received.agencyId()))) {
			throw new AccessDeniedException("只有本机关的登记员或承办人可以登记留言");
		}
		answeringAgency(received.agencyId());
		List<FieldProblem> problems = new ArrayList<>();
		if (received.channel() == null) {
			problems.add(new FieldProblem("channel", "consultation.channel.required"));
		}
		if (received.type() == null) {
			problems.add(new FieldProblem("type", "consultation.type.required"));
		}
		LocalDate today = LocalDate.now(clock);
		if (received.receivedOn() == null) {
			problems.add(new FieldProblem("receivedOn", "consultation.receivedOn.required"));
		}
		else if (received.receivedOn().isAfter(today)) {
			problems.add(new FieldProblem("receivedOn", "consultation.receivedOn.future"));
		}
		else if (received.receivedOn().isBefore(today.minusYears(1))) {
			problems.add(new FieldProblem("receivedOn", "consultation.receivedOn.old"));
		}
		checkText(problems, received.title(), received.body(), received.askerName(), received.askerContact());
		if (received.hotlineNumber() != null && TextInput.longerThan(received.hotlineNumber(), HOTLINE_MAX)) {
			problems.add(new FieldProblem("hotlineNumber", TextInput.TOO_LONG, "hotlineNumber", HOTLINE_MAX));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("consultation.invalid", problems);
		}
		Question question = Question.received(new Question.Received(received.agencyId(), received.channel(),
				received.type(), received.title().strip(), received.body().strip(), received.askerName().strip(),
				received.askerContact().strip(), received.consent(), received.receivedOn(),
				blank(received.hotlineNumber())), staff.username(), clock.instant());
		return store(question, null, staff.username());
	}

	/**
	 * Records the answer of a handler of the question's agency, given on
	 * {@code answeredOn} (today when {@code null}).
	 * @param version the version last seen, or {@code null} for no check
	 */
	@Transactional
	public void answer(StaffPrincipal staff, long id, Integer version, String text, LocalDate answeredOn) {
		Question question = loadFor(staff, id, version);
		checkActs(staff, question, "答复");
		LocalDate today = LocalDate.now(clock);
		LocalDate on = answeredOn == null ? today : answeredOn;
		List<FieldProblem> problems = new ArrayList<>();
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("answer", "consultation.answer.required"));
		}
		else if (TextInput.hasForbiddenCharacter(text)) {
			problems.add(new FieldProblem("answer", TextInput.CHARACTERS, "answer"));
		}
		else if (TextInput.longerThan(text, BODY_MAX)) {
			problems.add(new FieldProblem("answer", TextInput.TOO_LONG, "answer", BODY_MAX));
		}
		if (on.isAfter(today)) {
			problems.add(new FieldProblem("answeredOn", "consultation.answeredOn.future"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput("consultation.invalid", problems);
		}
		question.answer(text.strip(), staff.id(), staff.displayName(), on);
		questions.update(question);
		events.publishEvent(new QuestionAnswered(id, question.getAgencyId(), staff.username(), clock.instant(), on,
				terms.inTerm(question.getType(), question.getReceivedOn(), on)));
	}

	/**
	 * Publishes an answered question whose asker consented, in the copy given (the
	 * suggested one where {@code null}); personal data are removed from the copy again
	 * whatever was typed.
	 */
	@Transactional
	public void publish(StaffPrincipal staff, long id, Integer version, Question.PublicCopy copy) {
		Question question = loadFor(staff, id, version);
		checkActs(staff, question, "公开");
		Question.PublicCopy suggested = suggestedCopy(question);
		Question.PublicCopy chosen = copy == null ? suggested
				: new Question.PublicCopy(or(copy.title(), suggested.title()), or(copy.body(), suggested.body()),
						or(copy.answer(), suggested.answer()));
		List<FieldProblem> problems = new ArrayList<>();
		check(problems, "publicTitle", chosen.title(), TITLE_MAX);
		check(problems, "publicBody", chosen.body(), BODY_MAX);
		check(problems, "publicAnswer", chosen.answer(), BODY_MAX);
		if (!problems.isEmpty()) {
			throw new InvalidInput("consultation.invalid", problems);
		}
		String name = question.getAskerName();
		question.publish(
				new Question.PublicCopy(PersonalData.remove(chosen.title(), name),
						PersonalData.remove(chosen.body(), name), PersonalData.remove(chosen.answer(), name)),
				LocalDate.now(clock));
		questions.update(question);
		events.publishEvent(new QuestionPublished(id, question.getAgencyId(), staff.username(), clock.instant(),
				LocalDate.now(clock)));
	}

	/** Takes a published question off the portal. */
	@Transactional
	public void unpublish(StaffPrincipal staff, long id, Integer version) {
		Question question = loadFor(staff, id, version);
		checkActs(staff, question, "撤下");
		question.unpublish();
		questions.update(question);
		events.publishEvent(new QuestionUnpublished(id, question.getAgencyId(), staff.username(), clock.instant()));
	}

	/** A question the person may read, with its clock and the suggested public copy. */
	@Transactional(readOnly = true)
	public View view(StaffPrincipal staff, long id) {
		Question question = questions.load(id);
		access.checkReadable(staff, question.getAgencyId(), "留言", id);
		String agencyName = agencies.findById(question.getAgencyId()).map(Agency::getName).orElse("");
		return new View(question, agencyName,
				terms.read(question.getType(), question.getReceivedOn(), LocalDate.now(clock)),
				suggestedCopy(question));
	}

	/** Whether {@code staff} may answer and publish {@code question}. */
	public boolean mayAnswer(StaffPrincipal staff, Question question) {
		return staff.holds(ANSWERING, question.getAgencyId());
	}

	/** The question a query code follows, or empty when the code matches none. */
	@Transactional(readOnly = true)
	public Optional<Tracked> track(String code) {
		if (!QueryCodes.isWellFormed(code)) {
			return Optional.empty();
		}
		return questions.findByTracking(QueryCodes.digest(code))
			.map(question -> new Tracked(agencies.findById(question.getAgencyId()).map(Agency::getName).orElse(""),
					question.getType(), question.getTitle(), question.getReceivedOn(),
					terms.due(question.getType(), question.getReceivedOn()), question.getAnswer(),
					question.getAnsweredOn()));
	}

	static Question.PublicCopy suggestedCopy(Question question) {
		String name = question.getAskerName();
		return new Question.PublicCopy(PersonalData.remove(question.getTitle(), name),
				PersonalData.remove(question.getBody(), name), PersonalData.remove(question.getAnswer(), name));
	}

	private long store(Question question, String trackingHash, String actor) {
		LocalDate due = terms.due(question.getType(), question.getReceivedOn());
		long id = questions.insert(question, due, trackingHash);
		events.publishEvent(new QuestionReceived(id, question.getAgencyId(), actor, clock.instant(),
				question.getChannel(), question.getType(), question.getReceivedOn(), due));
		return id;
	}

	private Question loadFor(StaffPrincipal staff, long id, Integer version) {
		Question question = questions.load(id);
		access.checkReadable(staff, question.getAgencyId(), "留言", id);
		if (version != null && version != question.getVersion()) {
			throw new OptimisticLockingFailureException(
					"留言 " + id + " 已被他人修改（当前版本 " + question.getVersion() + "），请刷新后重试");
		}
		return question;
	}

	private static void checkActs(StaffPrincipal staff, Question question, String what) {
		if (!staff.holds(ANSWERING, question.getAgencyId())) {
			throw new AccessDeniedException("只有本机关的承办人可以" + what + "留言");
		}
	}

	private Agency answeringAgency(long agencyId) {
		return agencies.findById(agencyId)
			.filter(agency -> agency.getKind() != AgencyKind.REGION)
			.orElseThrow(() -> new RecordNotFound("机关", agencyId));
	}

	private static void checkText(List<FieldProblem> problems, String title, String body, String name, String contact) {
		required(problems, "title", title, TITLE_MAX);
		required(problems, "body", body, BODY_MAX);
		required(problems, "name", name, NAME_MAX);
		if (required(problems, "contact", contact, CONTACT_MAX)) {
			String value = contact.strip();
			if (!PHONE.matcher(value).matches() && !EMAIL.matcher(value).matches()) {
				problems.add(new FieldProblem("contact", "consultation.contact.format"));
			}
		}
	}

	/** Adds the problem of a required text; returns whether the text is fine. */
	private static boolean required(List<FieldProblem> problems, String field, String text, int max) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "consultation." + field + ".required"));
			return false;
		}
		return check(problems, field, text, max);
	}

	private static boolean check(List<FieldProblem> problems, String field, String text, int max) {
		if (text == null) {
			return true;
		}
		if (TextInput.hasForbiddenCharacter(text)) {
			problems.add(new FieldProblem(field, TextInput.CHARACTERS, field));
			return false;
		}
		if (TextInput.longerThan(text, max)) {
			problems.add(new FieldProblem(field, TextInput.TOO_LONG, field, max));
			return false;
		}
		return true;
	}

	private static String or(String text, String fallback) {
		return text == null || text.isBlank() ? fallback : text.strip();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
