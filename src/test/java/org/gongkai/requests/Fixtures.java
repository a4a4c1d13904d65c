package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.gongkai.agencies.Role;
import org.gongkai.calendar.Channel;
import org.gongkai.calendar.ReceiptDates;
import org.gongkai.shared.IdentifierChecks;
import org.gongkai.shared.Zones;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Applications in every situation, for the module's tests. Unit tests use these with the
 * fixed day {@link #TODAY}.
 */
final class Fixtures {

	/** Monday 3 March 2025, an ordinary working week. */
	/**
	 * Article 31's receipt rules with the documented defaults (email and 12345: the day
	 * of confirmation).
	 */
	static final ReceiptDates RECEIPT_RULES = new ReceiptDates();

	static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

	static final Instant NOW = TODAY.atTime(LocalTime.of(10, 0)).atZone(Zones.BEIJING).toInstant();

	static final Actor REGISTRAR = Actor.staff(11, "registrar", "登记员 李娜");

	static final Actor HANDLER = Actor.staff(12, "handler", "承办人 张伟");

	static final Actor REVIEWER = Actor.staff(13, "reviewer", "审核人 刘洋");

	static final Actor HEAD = Actor.staff(14, "head", "公开办负责人 陈静");

	static final long AGENCY = 3;

	static final String IDENTITY_NUMBER = IdentifierChecks.withIdentityCheck("41130319850612002");

	static final String CREDIT_CODE = IdentifierChecks.withCreditCheck("91411303MA0000123");

	private static final AtomicLong ids = new AtomicLong(100);

	private Fixtures() {
	}

	/**
	 * Runs {@code task} on {@code threads} threads released at the same instant; returns
	 * their results.
	 */
	static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	static ApplicationDraft personDraft() {
		return new ApplicationDraft(ApplicantType.NATURAL_PERSON, "王小明", IdDocumentType.RESIDENT_ID, IDENTITY_NUMBER,
				null, "13800138000", "wang@example.cn", "河南省南阳市卧龙区建设路 8 号", "473000", "2024 年度商贸流通专项资金分配结果",
				"宛龙商〔2024〕12 号", "请公开该文件全文及资金分配明细。", FormWanted.ELECTRONIC, DeliveryMethod.EMAIL);
	}

	static ApplicationDraft companyDraft(ApplicantType type) {
		return new ApplicationDraft(type, "南阳宛商贸易有限公司", IdDocumentType.CREDIT_CODE, CREDIT_CODE, "赵经理", "0377-63001234",
				"office@wanshang.example.cn", "南阳市卧龙区工业路 2 号", "473000", "卧龙区 2024 年商业网点规划", null, "规划文本及附图。",
				FormWanted.PAPER, DeliveryMethod.POST);
	}

	static Applicant person() {
		return personDraft().applicant();
	}

	static InformationSought sought() {
		return personDraft().sought();
	}

	static InformationSought sought(String title) {
		return new InformationSought(title, null, null, FormWanted.ELECTRONIC, DeliveryMethod.EMAIL);
	}

	/** An application handed in person on {@code day}, read on {@link #TODAY}. */
	static InformationRequest receivedInPerson(LocalDate day) {
		return registered(new InformationRequest.Intake(Channel.IN_PERSON, day, null, null, null), person());
	}

	static InformationRequest receivedToday() {
		return receivedInPerson(TODAY);
	}

	/** An online application not yet confirmed as received. */
	static InformationRequest submittedOnline(LocalDate day) {
		return registered(new InformationRequest.Intake(Channel.ONLINE, day, null, null, null), person());
	}

	static InformationRequest registered(InformationRequest.Intake intake, Applicant applicant) {
		InformationRequest request = InformationRequest.register(AGENCY, intake, RECEIPT_RULES, applicant, sought(),
				new InformationRequest.Keys("GK-TEST-" + ids.incrementAndGet(), null, null), REGISTRAR, NOW, TODAY);
		ReflectionTestUtils.setField(request, "id", ids.incrementAndGet());
		request.registered(REGISTRAR, NOW);
		return request;
	}

	static InformationRequest requestInHandling() {
		InformationRequest request = receivedToday();
		request.accept(HANDLER, REGISTRAR, NOW);
		return request;
	}

	static InformationRequest requestAwaitingCorrection() {
		InformationRequest request = receivedToday();
		request.requestCorrection("请写明所需信息的文号或名称", 15, TODAY, TODAY.plusDays(9), REGISTRAR, NOW, TODAY);
		return request;
	}

	/** The agency a 不属于本机关公开 reply names (Article 36 (五)); other replies ignore it. */
	static final ResponsibleAgency RESPONSIBLE = new ResponsibleAgency("南阳市市场监督管理局", "南阳市张衡路 1 号，0377-12345678");

	/**
	 * An application whose draft reply with {@code outcome} was approved by the one-level
	 * default chain.
	 */
	static InformationRequest requestApproved(Outcome outcome) {
		InformationRequest request = requestInHandling();
		if (outcome == Outcome.NOT_PROCESSED_EXCESSIVE) {
			// Article 35: the applicant was asked for reasons and gave them.
			request.askReasons(TODAY, TODAY.plusDays(10), HANDLER, NOW, TODAY);
			request.recordReasons(TODAY, "申请人称系课题研究所需", HANDLER, NOW, TODAY);
		}
		// As if a fee notice were served and unpaid past its term, which 逾期未缴费 needs.
		request.draftReply(outcome, outcome.legalBasis(), "答复正文", RESPONSIBLE, true, List.of(Role.REVIEWER), HANDLER,
				NOW);
		request.review(true, null, Set.of(Role.REVIEWER), REVIEWER, NOW);
		return request;
	}

	static InformationRequest requestAnswered(Outcome outcome) {
		InformationRequest request = requestApproved(outcome);
		request.answer(TODAY, DeliveryMethod.EMAIL, HANDLER, NOW, TODAY);
		return request;
	}

}
