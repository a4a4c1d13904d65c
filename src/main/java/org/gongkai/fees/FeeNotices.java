package org.gongkai.fees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongkai.calendar.StatutoryTerms;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fee notices (收费通知书): issue one for an application, record its service and its payment,
 * and tell whether an application's notice is unpaid past its term. One notice, under one
 * standard, per application. Every change publishes a {@link FeeEvent}; a refused change
 * changes nothing.
 * <p>
 * The applications module calls {@link #issue} from its step “收费” with the application's
 * {@link CaseState}, {@link #recordService} when the notice is served (and passes
 * {@code service().receivedOn()} on as the calendar's {@code feeNoticeReceivedOn}, so the
 * calendar decides whether the reply period pauses), and {@link #overdueUnpaid} before it
 * lets the handler close the application as 其他处理·逾期未缴费.
 */
@Service
@NamedInterface("api")
public class FeeNotices {

	/**
	 * A notice and where it stands today.
	 *
	 * @param notice the notice
	 * @param paymentDue the last day of the payment term, or {@code null} before service
	 * @param provisional whether that day depends on a year whose holiday notice is not
	 * loaded
	 * @param status where it stands today
	 */
	public record Standing(FeeNotice notice, LocalDate paymentDue, boolean provisional, FeeNotice.Status status) {
	}

	/**
	 * What a new notice needs.
	 *
	 * @param requestId the application
	 * @param agencyId the agency issuing it
	 * @param basis the standard chosen for the application
	 * @param pages for 按量, the pages to be provided; ignored for 按件, whose units are the
	 * application's place in its applicant's month ({@link ApplicationCounts})
	 * @param paymentInstructions how to pay, or {@code null} for the configured text
	 */
	public record NewFeeNotice(long requestId, long agencyId, FeeBasis basis, Integer pages,
			String paymentInstructions) {
	}

	private final JdbcClient jdbc;

	private final FeeCalculator calculator;

	private final ApplicationCounts counts;

	private final WorkingCalendar calendar;

	private final FeesProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeeNotices(JdbcClient jdbc, FeeCalculator calculator, ApplicationCounts counts, WorkingCalendar calendar,
			FeesProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.calculator = calculator;
		this.counts = counts;
		this.calendar = calendar;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues a fee notice today for an application in state {@code caseState}.
	 * @throws InvalidInput {@code fee.case-unknown} for an unknown application;
	 * {@code fee.notice.invalid} for no basis, missing or negative pages, or a 按件 notice
	 * for an application the count does not know
	 * @throws RuleViolation {@code fee.case-closed} for a closed application;
	 * {@code fee.one-standard-per-application} if the application has a notice under the
	 * other standard, {@code fee.notice-exists} under the same
	 */
	@Transactional
	public FeeNotice issue(NewFeeNotice command, CaseState caseState, String actor) {
		if (caseState == null || caseState == CaseState.UNKNOWN) {
			throw InvalidInput.of("requestId", "fee.case-unknown", command.requestId());
		}
		if (caseState == CaseState.CLOSED) {
			throw new RuleViolation("fee.case-closed", "申请 %d 已办结，不能再发出收费通知书".formatted(command.requestId()));
		}
		Optional<FeeNotice> existing = find(command.requestId());
		if (existing.isPresent()) {
			if (existing.get().basis() != command.basis()) {
				throw new RuleViolation("fee.one-standard-per-application",
						"申请 %d 已按%s发出收费通知书；每件申请只能适用一种计收标准，不得按两种标准重复计算（国办函〔2020〕109号第三条）".formatted(command.requestId(),
								label(existing.get().basis())));
			}
			throw new RuleViolation("fee.notice-exists", "申请 %d 已有收费通知书，不能重复发出".formatted(command.requestId()));
		}
		LocalDate today = LocalDate.now(clock);
		int units = units(command);
		FeeAssessment assessment = calculator.assess(command.basis(), units, today);
		String instructions = command.paymentInstructions() == null || command.paymentInstructions().isBlank()
				? properties.paymentInstructions() : command.paymentInstructions().strip();
		FeeNotice notice = FeeNotice.issue(command.requestId(), command.agencyId(), assessment, describe(assessment),
				instructions, today, actor);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into fee_notice (request_id, agency_id, basis, units, schedule_name, standard, amount_yuan,
				  payment_instructions, issued_on, issued_by, version)
				values (:request, :agency, :basis, :units, :schedule, :standard, :amount, :instructions, :issuedOn,
				  :issuedBy, 0)""")
			.param("request", notice.requestId())
			.param("agency", notice.agencyId())
			.param("basis", notice.basis().name())
			.param("units", notice.units())
			.param("schedule", notice.scheduleName())
			.param("standard", notice.standard())
			.param("amount", notice.amountYuan())
			.param("instructions", notice.paymentInstructions())
			.param("issuedOn", notice.issuedOn())
			.param("issuedBy", actor)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		events.publishEvent(new FeeNoticeIssued(id, notice.requestId(), notice.agencyId(), actor, notice.basis(),
				notice.amountYuan()));
		return get(id).notice();
	}

	/**
	 * Records that the applicant received notice {@code noticeId} on {@code receivedOn};
	 * the payment term runs from the next day.
	 * @param version the version the caller saw, or {@code null} for no check
	 * @throws RuleViolation {@code fee.already-served}
	 * @throws InvalidInput {@code fee.notice.invalid}
	 */
	@Transactional
	public Standing recordService(long noticeId, Integer version, LocalDate receivedOn, String method, String actor) {
		FeeNotice notice = load(noticeId, version);
		FeeNotice served = notice.serve(receivedOn, method, LocalDate.now(clock));
		update(served, """
				update fee_notice set served_on = :servedOn, service_method = :method, version = version + 1
				where id = :id and version = :version""", served.service().receivedOn(), served.service().method());
		Standing standing = get(noticeId);
		events.publishEvent(new FeeNoticeServed(noticeId, notice.requestId(), notice.agencyId(), actor, receivedOn,
				standing.paymentDue()));
		return standing;
	}

	/**
	 * Records the payment of notice {@code noticeId}; a notice is paid once.
	 * @param version the version the caller saw, or {@code null} for no check
	 * @throws RuleViolation {@code fee.already-paid}
	 * @throws InvalidInput {@code fee.notice.invalid}
	 */
	@Transactional
	public Standing recordPayment(long noticeId, Integer version, FeeNotice.Payment payment, String actor) {
		FeeNotice notice = load(noticeId, version);
		FeeNotice paid = notice.pay(payment, LocalDate.now(clock));
		int updated = jdbc.sql("""
				update fee_notice set paid_amount_yuan = :amount, paid_on = :paidOn, receipt_number = :receipt,
				  version = version + 1
				where id = :id and version = :version and paid_on is null""")
			.param("amount", paid.payment().amountYuan())
			.param("paidOn", paid.payment().paidOn())
			.param("receipt", paid.payment().receiptNumber())
			.param("id", noticeId)
			.param("version", notice.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("fee notice " + noticeId + " changed meanwhile");
		}
		events.publishEvent(new FeePaid(noticeId, notice.requestId(), notice.agencyId(), actor,
				paid.payment().amountYuan(), paid.payment().paidOn(), paid.payment().receiptNumber()));
		return get(noticeId);
	}

	/**
	 * Whether application {@code requestId} has a fee notice that was served, is unpaid
	 * and whose payment term ended before today: only then may it be closed as 其他处理·逾期未缴费
	 * (申请人逾期未按收费通知要求缴纳费用).
	 */
	@Transactional(readOnly = true)
	public boolean overdueUnpaid(long requestId) {
		return forRequest(requestId).map(standing -> standing.status() == FeeNotice.Status.OVERDUE).orElse(false);
	}

	/** The notice of application {@code requestId} and where it stands today, if any. */
	@Transactional(readOnly = true)
	public Optional<Standing> forRequest(long requestId) {
		return find(requestId).map(this::standing);
	}

	/** The most notices {@link #forAgency} answers, newest first. */
	public static final int LIST_LIMIT = 500;

	/**
	 * The notices of agency {@code agencyId}, newest first (at most {@link #LIST_LIMIT}),
	 * each where it stands today; only those in {@code status} unless it is {@code null}.
	 * Served-and-unpaid notices are told apart (awaiting payment or overdue) by the
	 * calendar when read, as on the notice's page.
	 */
	@Transactional(readOnly = true)
	public List<Standing> forAgency(long agencyId, FeeNotice.Status status) {
		String where = switch (status == null ? "ALL" : status.name()) {
			case "ISSUED" -> " and served_on is null and paid_on is null";
			case "PAID" -> " and paid_on is not null";
			case "AWAITING_PAYMENT", "OVERDUE" -> " and served_on is not null and paid_on is null";
			default -> "";
		};
		return jdbc
			.sql(SELECT + " where agency_id = :agency" + where + " order by issued_on desc, id desc limit :limit")
			.param("agency", agencyId)
			.param("limit", LIST_LIMIT)
			.query(FeeNotices::row)
			.list()
			.stream()
			.map(this::standing)
			.filter(standing -> status == null || standing.status() == status)
			.toList();
	}

	/**
	 * Notice {@code noticeId} and where it stands today.
	 * @throws RecordNotFound if there is none
	 */
	@Transactional(readOnly = true)
	public Standing get(long noticeId) {
		return standing(byId(noticeId).orElseThrow(() -> new RecordNotFound("fee-notice", noticeId)));
	}

	private Standing standing(FeeNotice notice) {
		LocalDate due = notice.paymentDue(this::paymentDue);
		boolean provisional = due != null && calendar.isProvisional(notice.service().receivedOn().plusDays(1), due);
		return new Standing(notice, due, provisional, notice.status(due, LocalDate.now(clock)));
	}

	/** 收到收费通知次日起20个工作日: the day of receipt is never counted, whatever the convention. */
	private LocalDate paymentDue(LocalDate receivedOn) {
		return calendar.nthWorkingDayAfter(receivedOn, StatutoryTerms.FEE_PAYMENT_DAYS);
	}

	private int units(NewFeeNotice command) {
		if (command.basis() == null) {
			throw InvalidInput.of("basis", "fee.basis.missing");
		}
		if (command.basis() == FeeBasis.PER_APPLICATION) {
			return counts.ordinal(command.requestId())
				.orElseThrow(() -> InvalidInput.of("requestId", "fee.application-not-counted", command.requestId()));
		}
		if (command.pages() == null) {
			throw new InvalidInput(FeeNotice.INVALID, List.of(new FieldProblem("pages", "fee.pages.missing")));
		}
		if (command.pages() < 0) {
			throw new InvalidInput(FeeNotice.INVALID, List.of(new FieldProblem("pages", "fee.pages.negative")));
		}
		return command.pages();
	}

	/**
	 * The standard in words, for the notice: the schedule, the basis, the tiers applied.
	 */
	static String describe(FeeAssessment assessment) {
		String unit = assessment.basis() == FeeBasis.PER_APPLICATION ? "件" : "页";
		String tiers = assessment.quote()
			.lines()
			.stream()
			.map(line -> "第%d–%d%s每%s %s 元".formatted(line.fromUnit(), line.toUnit(), unit, unit,
					line.yuanPerUnit().stripTrailingZeros().toPlainString()))
			.collect(Collectors.joining("；"));
		String which = assessment.basis() == FeeBasis.PER_APPLICATION
				? "按件计收，本申请为申请人本月第 %d 件".formatted(assessment.units()) : "按量计收，共 %d 页".formatted(assessment.units());
		return "依据%s，%s，超额累进计算（%s）".formatted(assessment.scheduleName(), which, tiers.isEmpty() ? "不收费" : tiers);
	}

	private static String label(FeeBasis basis) {
		return basis == FeeBasis.PER_APPLICATION ? "件" : "量";
	}

	private FeeNotice load(long noticeId, Integer version) {
		FeeNotice notice = byId(noticeId).orElseThrow(() -> new RecordNotFound("fee-notice", noticeId));
		if (version != null && version != notice.version()) {
			throw new OptimisticLockingFailureException(
					"fee notice " + noticeId + " is at version " + notice.version() + ", not " + version);
		}
		return notice;
	}

	private void update(FeeNotice notice, String sql, LocalDate day, String method) {
		int updated = jdbc.sql(sql)
			.param("servedOn", day)
			.param("method", method)
			.param("id", notice.id())
			.param("version", notice.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("fee notice " + notice.id() + " changed meanwhile");
		}
	}

	private Optional<FeeNotice> find(long requestId) {
		return jdbc.sql(SELECT + " where request_id = :request")
			.param("request", requestId)
			.query(FeeNotices::row)
			.optional();
	}

	private Optional<FeeNotice> byId(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(FeeNotices::row).optional();
	}

	private static final String SELECT = """
			select id, request_id, agency_id, basis, units, schedule_name, standard, amount_yuan, payment_instructions,
			  issued_on, issued_by, served_on, service_method, paid_amount_yuan, paid_on, receipt_number, version
			from fee_notice""";

	private static FeeNotice row(ResultSet rs, int row) throws SQLException {
		LocalDate servedOn = rs.getObject("served_on", LocalDate.class);
		LocalDate paidOn = rs.getObject("paid_on", LocalDate.class);
		return new FeeNotice(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("agency_id"),
				FeeBasis.valueOf(rs.getString("basis")), rs.getInt("units"), rs.getString("schedule_name"),
				rs.getString("standard"), FeeStandard.yuan(rs.getBigDecimal("amount_yuan")),
				rs.getString("payment_instructions"), rs.getObject("issued_on", LocalDate.class),
				rs.getString("issued_by"),
				servedOn == null ? null : new FeeNotice.Service(servedOn, rs.getString("service_method")),
				paidOn == null ? null : new FeeNotice.Payment(FeeStandard.yuan(rs.getBigDecimal("paid_amount_yuan")),
						paidOn, rs.getString("receipt_number")),
				rs.getInt("version"));
	}

}
