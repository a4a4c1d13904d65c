package org.gongkai.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.InvalidInput.FieldProblem;
import org.gongkai.shared.RuleViolation;
import org.springframework.modulith.NamedInterface;

/**
 * A fee notice (收费通知书) for one application: the basis, the standard, the amount and how
 * to pay, its service on the applicant and the payment. The applicant pays within 20
 * working days from the day after receiving it (四川省财政厅 restating 国办函〔2020〕109号); an
 * unpaid notice past that term counts as the application abandoned (其他处理·逾期未缴费). The term
 * is derived from the day of service by the calendar, never stored.
 *
 * @param id the notice, {@code null} before it is stored
 * @param requestId the application
 * @param agencyId the agency that issued it
 * @param basis the one standard of the application
 * @param units the application's place in its applicant's month (按件) or its pages (按量)
 * @param scheduleName the schedule applied, such as 国办函〔2020〕109号
 * @param standard the standard in words, printed on the notice
 * @param amountYuan the fee, scale 2
 * @param paymentInstructions how to pay (缴纳方式)
 * @param issuedOn the day it was issued
 * @param issuedBy who issued it
 * @param service when and how it reached the applicant, or {@code null} before
 * @param payment the payment, or {@code null} before
 * @param version the optimistic-locking version
 */
@NamedInterface("api")
public record FeeNotice(Long id, long requestId, long agencyId, FeeBasis basis, int units, String scheduleName,
		String standard, BigDecimal amountYuan, String paymentInstructions, LocalDate issuedOn, String issuedBy,
		Service service, Payment payment, int version) {

	/** The rule set of the notice's field checks. */
	public static final String INVALID = "fee.notice.invalid";

	/**
	 * The service of a notice.
	 *
	 * @param receivedOn the day the applicant received it; the payment term starts the
	 * day after
	 * @param method how it was served, such as 邮寄 or 电子邮件
	 */
	public record Service(LocalDate receivedOn, String method) {
	}

	/**
	 * A payment.
	 *
	 * @param amountYuan the amount paid, equal to the notice's
	 * @param paidOn the day paid
	 * @param receiptNumber the number of the financial receipt (财政票据)
	 */
	public record Payment(BigDecimal amountYuan, LocalDate paidOn, String receiptNumber) {
	}

	/** Where a notice stands on a day. */
	public enum Status {

		/** Issued, its service not yet recorded: the term has not begun. */
		ISSUED("issued"),

		/** Served, unpaid, within the term. */
		AWAITING_PAYMENT("served"),

		/** Served, unpaid, the term passed: the application may be closed as 逾期未缴费. */
		OVERDUE("overdue"),

		/** Paid. */
		PAID("paid");

		private final String parameter;

		Status(String parameter) {
			this.parameter = parameter;
		}

		/** The status as the API and the console's filter name it ({@code served}). */
		public String parameter() {
			return parameter;
		}

		/** The status named {@code parameter}, if any. */
		public static Optional<Status> ofParameter(String parameter) {
			return Arrays.stream(values()).filter(status -> status.parameter.equals(parameter)).findFirst();
		}

	}

	/** A notice issued on {@code issuedOn} for an assessment. */
	static FeeNotice issue(long requestId, long agencyId, FeeAssessment assessment, String standard,
			String paymentInstructions, LocalDate issuedOn, String issuedBy) {
		return new FeeNotice(null, requestId, agencyId, assessment.basis(), assessment.units(),
				assessment.scheduleName(), standard, assessment.amountYuan(), paymentInstructions, issuedOn, issuedBy,
				null, null, 0);
	}

	/**
	 * The notice with its service recorded.
	 * @throws RuleViolation {@code fee.already-served} if its service is recorded
	 * @throws InvalidInput {@code fee.notice.invalid} for a day before the notice or
	 * after {@code today}, or no method
	 */
	FeeNotice serve(LocalDate receivedOn, String method, LocalDate today) {
		if (service != null) {
			throw new RuleViolation("fee.already-served", "收费通知书的送达已于 %s 登记，不能重复登记".formatted(service.receivedOn()));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (receivedOn == null) {
			problems.add(new FieldProblem("receivedOn", "fee.served.missing"));
		}
		else if (receivedOn.isBefore(issuedOn) || receivedOn.isAfter(today)) {
			problems
				.add(new FieldProblem("receivedOn", "fee.served.out-of-range", issuedOn.toString(), today.toString()));
		}
		if (method == null || method.isBlank()) {
			problems.add(new FieldProblem("method", "fee.served.method"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(INVALID, problems);
		}
		return new FeeNotice(id, requestId, agencyId, basis, units, scheduleName, standard, amountYuan,
				paymentInstructions, issuedOn, issuedBy, new Service(receivedOn, method.strip()), null, version);
	}

	/**
	 * The notice with its payment recorded; a notice is paid once.
	 * @throws RuleViolation {@code fee.already-paid} if a payment is recorded
	 * @throws InvalidInput {@code fee.notice.invalid} for an amount other than the
	 * notice's, a day before the notice or after {@code today}, or no receipt number
	 */
	FeeNotice pay(Payment payment, LocalDate today) {
		Objects.requireNonNull(payment, "payment");
		if (this.payment != null) {
			throw new RuleViolation("fee.already-paid",
					"该收费通知书已于 %s 缴费（票据号 %s），不能重复登记缴费".formatted(this.payment.paidOn(), this.payment.receiptNumber()));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (payment.amountYuan() == null || payment.amountYuan().compareTo(amountYuan) != 0) {
			problems.add(new FieldProblem("amountYuan", "fee.paid.amount", amountYuan.toPlainString()));
		}
		if (payment.paidOn() == null) {
			problems.add(new FieldProblem("paidOn", "fee.paid.missing"));
		}
		else if (payment.paidOn().isBefore(issuedOn) || payment.paidOn().isAfter(today)) {
			problems.add(new FieldProblem("paidOn", "fee.paid.out-of-range", issuedOn.toString(), today.toString()));
		}
		if (payment.receiptNumber() == null || payment.receiptNumber().isBlank()) {
			problems.add(new FieldProblem("receiptNumber", "fee.paid.receipt"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(INVALID, problems);
		}
		return new FeeNotice(id, requestId, agencyId, basis, units, scheduleName, standard, amountYuan,
				paymentInstructions, issuedOn, issuedBy, service,
				new Payment(FeeStandard.yuan(payment.amountYuan()), payment.paidOn(), payment.receiptNumber().strip()),
				version);
	}

	/**
	 * The last day of the payment term given the calendar's answer for the service day,
	 * or {@code null} before service.
	 */
	LocalDate paymentDue(Function<LocalDate, LocalDate> termFromService) {
		return service == null ? null : termFromService.apply(service.receivedOn());
	}

	/** Where the notice stands on {@code today} when its term ends on {@code due}. */
	Status status(LocalDate due, LocalDate today) {
		if (payment != null) {
			return Status.PAID;
		}
		if (service == null) {
			return Status.ISSUED;
		}
		return today.isAfter(due) ? Status.OVERDUE : Status.AWAITING_PAYMENT;
	}

}
